using System.Security.Claims;
using Hearth.Web.Platform;

namespace Hearth.Web.Features.Referrals;

/// <summary>
/// Who may do what with referrals (docs/decisions/0013-referral-sign-off.md). Social workers write them; a social worker
/// whom the authority has marked as a manager (the <see cref="SignOffClaim"/> on their account) signs them off; the
/// placement-finding team (brokers) sees only signed-off referrals. Providers never reach a referral here: 404.
/// </summary>
public static class ReferralAccess
{
    /// <summary>The user claim an authority gives to social work managers who may sign referrals off.</summary>
    public const string SignOffClaim = "hearth:signs-off-referrals";

    public const string Viewers = $"{Roles.SocialWorker},{Roles.Broker}";
    public const string ViewersOrProviders = $"{Viewers},{Roles.ProviderUser}";
    public const string Authors = Roles.SocialWorker;

    public static bool CanSignOff(ClaimsPrincipal user) =>
        user.IsInRole(Roles.SocialWorker) && user.HasClaim(SignOffClaim, "true");

    public static bool CanSignOff(OrganisationScope scope) =>
        scope.IsInRole(Roles.SocialWorker) && scope.HasClaim(SignOffClaim, "true");

    /// <summary>Brokers work only on referrals a manager has released.</summary>
    public static bool SeesOnlySignedOff(ClaimsPrincipal user) => !user.IsInRole(Roles.SocialWorker);
}
