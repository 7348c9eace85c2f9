namespace Hearth.Web.Platform;

/// <summary>A configuration or environment problem that stops Hearth starting, with a message for the person deploying it.</summary>
public sealed class HearthStartupException(string message, Exception? inner = null) : Exception(message, inner);
