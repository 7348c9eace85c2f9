using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Finance;

/// <summary>
/// The UASC grant due for the authority's placements of unaccompanied asylum-seeking children, per financial year, by
/// <see cref="UascGrant"/>, beside what the placements cost by <see cref="NightCosting"/>. The page, its claim exports and
/// the API all read it here. Open placements count up to today (tomorrow exclusive).
/// </summary>
public sealed class UascGrantReport(HearthDb db, TimeProvider clock)
{
    public sealed record Placement(
        int PlacementId, string Reference, string CaseReference, DateOnly DateOfBirth, DateOnly StartDate, DateOnly? EndDate,
        string Provider, UascGrant.Result Grant, IReadOnlyList<YearCost> Costs);

    public sealed record YearTotal(FinancialYear Year, int Nights, Money Grant, Money Cost);

    public sealed record Report(FinancialYear First, FinancialYear Last, IReadOnlyList<Placement> Placements)
    {
        public IReadOnlyList<YearTotal> Years
        {
            get
            {
                var list = new List<YearTotal>();
                for (var y = First; y <= Last; y = y.Next)
                {
                    var year = y;
                    var grants = Placements.SelectMany(p => p.Grant.Lines).Where(l => l.Year == year).ToList();
                    list.Add(new YearTotal(year, grants.Sum(l => l.Nights), grants.Aggregate(Money.Zero, (s, l) => s + l.Amount),
                        Placements.SelectMany(p => p.Costs).Where(c => c.Year == year).Aggregate(Money.Zero, (s, c) => s + c.Cost)));
                }
                return list;
            }
        }

        public Money GrantTotal => Placements.Aggregate(Money.Zero, (s, p) => s + p.Grant.Total);

        public IReadOnlyList<(Placement Placement, UascGrantGap Gap)> MissingRates =>
            Placements.SelectMany(p => p.Grant.Gaps.Where(g => g.Reason == UascGrantGapReason.NoRate).Select(g => (p, g))).ToList();
    }

    /// <summary>One row of the claim: a run of nights of one child at one rate within the claim period.</summary>
    public sealed record ClaimRow(
        string ChildReference, DateOnly DateOfBirth, string FinancialYear, string PlacementReference, DateOnly PlacementStart,
        DateOnly? PlacementEnd, DateOnly ClaimFrom, DateOnly ClaimTo, int Nights, string AgeBand, decimal NightlyRate, decimal Amount, long AmountPence);

    public async Task<Report> ForYearsAsync(FinancialYear first, FinancialYear last, CancellationToken ct)
    {
        if (last < first) throw new DomainException("To", "The last financial year must be the same as or after the first");
        var tomorrow = London.Today(clock).AddDays(1);
        var until = tomorrow < last.EndExclusive ? tomorrow : last.EndExclusive;
        var firstDay = first.Start;
        var rows = await (from p in db.VisiblePlacements.AsNoTracking()
                          where p.StartDate < until && (p.EndDate == null || p.EndDate > firstDay)
                          join c in db.Children on p.ChildId equals c.Id
                          where c.IsUasc
                          join o in db.Organisations on p.ProviderId equals o.Id into providers
                          from o in providers.DefaultIfEmpty()
                          orderby c.CaseReference, p.StartDate, p.Id
                          select new
                          {
                              p.Id, p.AuthorityId, p.ExternalReference, c.CaseReference, c.DateOfBirth, p.StartDate, p.EndDate,
                              Provider = o == null ? "In-house" : o.Name,
                              Fees = p.FeePeriods.OrderBy(f => f.EffectiveFrom).Select(f => new FeePeriod(f.EffectiveFrom, f.WeeklyFee)).ToList(),
                          }).ToListAsync(ct);
        var authorities = rows.Select(r => r.AuthorityId).Distinct().ToList();
        var rates = (await db.UascGrantRates.AsNoTracking().Where(r => authorities.Contains(r.AuthorityId)).ToListAsync(ct))
            .GroupBy(r => r.AuthorityId).ToDictionary(g => g.Key, g => (IReadOnlyCollection<UascRate>)g.Select(r => r.ToRate()).ToList());
        var placements = rows.Select(r =>
        {
            var start = r.StartDate > firstDay ? r.StartDate : firstDay;
            var grant = UascGrant.For(r.DateOfBirth, start, r.EndDate, until, rates.GetValueOrDefault(r.AuthorityId, []));
            var costs = r.Fees.Count == 0 ? [] : NightCosting.CostByYear(r.StartDate, r.EndDate, until, r.Fees).Where(c => c.Year >= first).ToList();
            return new Placement(r.Id, PlacementReference(r.Id, r.ExternalReference), r.CaseReference, r.DateOfBirth, r.StartDate, r.EndDate,
                r.Provider, grant, costs);
        }).ToList();
        return new Report(first, last, placements);
    }

    public static IEnumerable<ClaimRow> ClaimRows(Report report) =>
        from p in report.Placements
        from l in p.Grant.Lines
        select new ClaimRow(p.CaseReference, p.DateOfBirth, l.Year.ToString(), p.Reference, p.StartDate, p.EndDate?.AddDays(-1),
            l.From, l.ToExclusive.AddDays(-1), l.Nights, UascAgeBands.Name(l.AgeBand), l.NightlyRate.Pounds, l.Amount.Pounds, l.Amount.Pence);

    /// <summary>The placement's reference for finance and providers: the authority's own, or Hearth's id.</summary>
    public static string PlacementReference(int id, string? externalReference) => externalReference ?? $"HEARTH-{id}";
}
