using Hearth.Domain.Organisations;
using Hearth.Domain.Sourcing;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Scoping;

/// <summary>The demo children and referrals (Data/Demo/DemoReferrals.cs) the scoping matrix uses as own and other ids.</summary>
public static class ReferralScopeIds
{
    /// <summary>The signer's own authority's demo child (none for a provider: it has no children here).</summary>
    public static async Task<string> OwnAsync(this ScopeContext c, Func<int, Task<int>> id, string format) =>
        c.Kind == OrganisationKind.Provider ? "" : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, await id(c.OrganisationId));

    /// <summary>Another authority's record (for a provider signer, the first authority's).</summary>
    public static async Task<string> OtherAsync(this ScopeContext c, Func<int, Task<int>> id, string format) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, format, await id(await c.AuthorityIdAsync(own: false)));

    /// <summary>The authority's demo child with a signed-off referral (case reference …-R004).</summary>
    public static Task<int> DemoChildOfAsync(this ScopeContext c, int authorityId) => c.App.WithDbAsync(db =>
        db.Children.Where(ch => ch.AuthorityId == authorityId && ch.CaseReference.EndsWith("-R004")).Select(ch => ch.Id).SingleAsync());

    public static Task<int> DemoReferralOfAsync(this ScopeContext c, int authorityId, ReferralStatus status) => c.App.WithDbAsync(db =>
        db.Referrals.Where(r => r.AuthorityId == authorityId && r.Status == status && r.AuthorName != "Matrix")
            .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());

    public static Task<bool> ReferralStillAsync(this ScopeContext c, int authorityId, ReferralStatus status) => c.App.WithDbAsync(db =>
        db.Referrals.AnyAsync(r => r.AuthorityId == authorityId && r.Status == status));
}
