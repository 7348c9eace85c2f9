using Hearth.Web.Platform;

namespace Hearth.Web.Features.Children;

/// <summary>
/// Who may use the children pages. Children are the authority's own (HearthDb scopes them); names and identity are for
/// authority staff only, so a provider user asking for a child here is told it does not exist (404), whatever its id.
/// </summary>
public static class ChildAccess
{
    /// <summary>Social workers keep the records; the placement-finding team reads them.</summary>
    public const string Viewers = $"{Roles.SocialWorker},{Roles.Broker}";

    /// <summary>Viewers, plus provider users so that they are answered 404 rather than told the page exists for others.</summary>
    public const string ViewersOrProviders = $"{Viewers},{Roles.ProviderUser}";

    public const string Editors = Roles.SocialWorker;
}
