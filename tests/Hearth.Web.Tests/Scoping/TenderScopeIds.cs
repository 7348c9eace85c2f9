using Hearth.Domain.Common;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data.Demo;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Scoping;

/// <summary>Tender ids for the scoping matrix: the demo tender (published, Kent with Medway) and draft tenders only one authority can see.</summary>
public static class TenderScopeIds
{
    public static Task<int> DemoTenderIdAsync(this ScopeContext c) =>
        c.App.WithDbAsync(db => db.Tenders.Where(t => t.Reference == DemoTender.Reference).Select(t => t.Id).SingleAsync());

    /// <summary>
    /// A draft tender of one authority alone: hidden from the other authority (not a party) and from every provider (not
    /// published). For provider signers the first authority's.
    /// </summary>
    public static async Task<int> OtherTenderIdAsync(this ScopeContext c)
    {
        var authorityId = await c.AuthorityIdAsync(own: false);
        var reference = $"MATRIX-T-{authorityId}";
        async Task<int?> FindAsync() => await c.App.WithDbAsync(db => db.Tenders.Where(t => t.Reference == reference).Select(t => (int?)t.Id).SingleOrDefaultAsync());
        if (await FindAsync() is { } existing) return existing;
        try
        {
            await c.App.WithDbAsync(async db =>
            {
                var start = new DateOnly(2030, 4, 1);
                var timeline = new TenderTimeline(new DateOnly(2029, 11, 1), new DateTimeOffset(2029, 12, 1, 12, 0, 0, TimeSpan.Zero),
                    new DateTimeOffset(2030, 1, 8, 12, 0, 0, TimeSpan.Zero), new DateOnly(2030, 1, 9), new DateOnly(2030, 2, 1), start);
                var tender = Tender.Draft(reference, "Scope matrix tender", ProcurementRegime.Pcr2015LightTouch, authorityId, [], null,
                    Money.FromPounds(1_000m), start, start.AddYears(1).AddDays(-1), null, timeline, AgeBands.Default, Indexation.Firm);
                tender.AddLot("Standard", Hearth.Domain.Placements.PlacementCategory.Standard, [],
                    QualityQuestionnaire.Create([new(1, "Matching", QuestionKind.Scored, 100, null)]),
                    EvaluationMethod.Create(40, 60, PriceScoringMethod.RelativeToLowest, null, 50), AwardBasis.AllQualifying, null);
                db.Tenders.Add(tender);
                await db.SaveChangesAsync();
                return 0;
            });
        }
        catch (DbUpdateException)
        {
            // Another test made it at the same moment.
        }
        return (await FindAsync())!.Value;
    }
}
