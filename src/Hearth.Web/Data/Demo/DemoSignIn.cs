namespace Hearth.Web.Data.Demo;

/// <summary>A demo account, printed at start-up.</summary>
public sealed record DemoSignIn(string Email, string Role, string Organisation, string DisplayName);
