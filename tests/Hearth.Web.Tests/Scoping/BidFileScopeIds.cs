using Hearth.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Scoping;

/// <summary>Bid file ids for the scoping matrix: each matrix tender's bids carry one submitted file (TenderFixtures).</summary>
public static class BidFileScopeIds
{
    /// <summary>The provider whose bid a signer would own: the signer's organisation for a provider, else the first provider.</summary>
    public static async Task<int> OwnProviderIdAsync(this ScopeContext c) =>
        c.Kind == OrganisationKind.Provider ? c.OrganisationId : await c.ProviderIdAsync(0);

    /// <summary>The other of the two providers that bid in the matrix tenders.</summary>
    public static async Task<int> RivalProviderIdAsync(this ScopeContext c)
    {
        var own = await c.OwnProviderIdAsync();
        var first = await c.ProviderIdAsync(0);
        return own == first ? await c.ProviderIdAsync(1) : first;
    }

    /// <summary>The file on the provider's bid in a matrix tender (a non-provider signer gets the first provider's).</summary>
    public static async Task<int> MatrixAttachmentAsync(this ScopeContext c, int tenderId, int providerId)
    {
        if (c.Kind != OrganisationKind.Provider && providerId == c.OrganisationId) providerId = await c.ProviderIdAsync(0);
        // The system scope sees every row.
        return await c.App.WithDbAsync(db => db.BidAttachments
            .Where(a => db.Bids.Any(b => b.Id == a.BidId && b.TenderId == tenderId && b.ProviderId == providerId))
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
    }
}
