using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Finance;

/// <summary>
/// Commitments, the forecast to the year end and budgets against them, for the placements the user's organisation may see.
/// The pages, their exports and the API all read and write here; the rules are <see cref="Forecasting"/>,
/// <see cref="BudgetRag"/> and <see cref="Budget"/> in the domain.
/// </summary>
public sealed class ForecastReport(HearthDb db, TimeProvider clock)
{
    /// <summary>How many placements are listed as driving each budget line's forecast.</summary>
    public const int DrivingPlacements = 10;

    public DateOnly Today => London.Today(clock);

    /// <summary>The earliest financial year the finance pages offer (the demo data and imports go back to 2018).</summary>
    public static readonly FinancialYear FirstYear = new(2018);

    public Task<YearForecast> ForYearAsync(FinancialYear year, int recentWeeks, CancellationToken ct) => ForYearAsync(year, recentWeeks, Today, ct);

    public async Task<YearForecast> ForYearAsync(FinancialYear year, int recentWeeks, DateOnly today, CancellationToken ct)
    {
        if (year.Start > today)
            throw new DomainException("Year", $"Choose {FinancialYear.Containing(today)} or an earlier year: {year} has not started, so there is nothing to forecast from");
        if (recentWeeks is < 1 or > Forecasting.MaximumRecentWeeks)
            throw new DomainException("RecentWeeks", $"Choose between 1 and {Forecasting.MaximumRecentWeeks} weeks");
        var from = year.Start;
        var to = year.EndExclusive;
        var recentFrom = today.AddDays(1 - 7 * recentWeeks);
        var rows = await db.VisiblePlacements.AsNoTracking()
            .Where(p => (p.StartDate < to && (p.EndDate == null || p.EndDate > from)) || (p.StartDate >= recentFrom && p.StartDate <= today))
            .Select(p => new
            {
                p.Id, p.AuthorityId, p.KeyServiceLine, p.FundingSource, p.Route, p.ProviderId, p.StartDate, p.EndDate, p.PlannedEndDate,
                Fees = p.FeePeriods.OrderBy(f => f.EffectiveFrom).Select(f => new FeePeriod(f.EffectiveFrom, f.WeeklyFee)).ToList(),
                AdditionalCosts = p.AdditionalCosts.ToList(),
                FundingShares = p.FundingShares.ToList(),
            })
            .ToListAsync(ct);
        var placements = rows.Select(r => new ForecastPlacement(r.Id, r.AuthorityId, r.KeyServiceLine, r.FundingSource, r.Route, r.ProviderId,
            r.StartDate, r.EndDate, r.PlannedEndDate, r.Fees, r.AdditionalCosts.Count == 0 ? null : r.AdditionalCosts,
            r.FundingShares.Count == 0 ? null : r.FundingShares));
        return Forecasting.ForYear(placements, year, today, recentWeeks);
    }

    /// <summary>One budget line: an authority's key service line in a year, against actuals to date and the forecast.</summary>
    public sealed record BudgetLine(
        FinancialYear Year, int AuthorityId, KeyServiceLine KeyServiceLine, Money? Budget, int? Version, ForecastAmounts? Amounts,
        IReadOnlyList<PlacementForecast> Driving)
    {
        public Money? Forecast => Amounts?.Forecast;
        public Money? Variance => Budget is { } b && Forecast is { } f ? BudgetRag.Variance(b, f) : null;
        public decimal? VariancePercent => Budget is { } b && Forecast is { } f ? BudgetRag.VariancePercent(b, f) : null;
        public BudgetStatus? Status => Budget is { } b && Forecast is { } f ? BudgetRag.StatusOf(b, f) : null;
    }

    /// <summary>
    /// The signed-in authority's budget lines for a year, one per key service line whether set or not. For a year that has not
    /// started there is no forecast yet (budgets can be set ahead).
    /// </summary>
    public async Task<List<BudgetLine>> BudgetsAsync(FinancialYear year, int recentWeeks, CancellationToken ct)
    {
        var authorityId = AuthorityId();
        var budgets = await db.Budgets.AsNoTracking().Where(b => b.AuthorityId == authorityId && b.Year == year).ToListAsync(ct);
        var forecast = year.Start <= Today ? await ForYearAsync(year, recentWeeks, ct) : null;
        return Enum.GetValues<KeyServiceLine>().Select(line =>
        {
            var budget = budgets.SingleOrDefault(b => b.KeyServiceLine == line);
            ForecastAmounts? amounts = forecast is null ? null
                : forecast.Lines.Where(l => l.Key.AuthorityId == authorityId && l.Key.KeyServiceLine == line)
                    .Aggregate(default(ForecastAmounts), (sum, l) => sum + l.Value);
            var driving = forecast is null ? []
                : forecast.Placements.Where(p => p.Placement.AuthorityId == authorityId && p.Placement.KeyServiceLine == line)
                    .OrderByDescending(p => p.Forecast).ThenBy(p => p.Placement.Id).Take(DrivingPlacements).ToList();
            return new BudgetLine(year, authorityId, line, budget?.Amount, budget?.Version, amounts, driving);
        }).ToList();
    }

    /// <summary>
    /// Sets or changes the signed-in authority's budget for a key service line and year. <paramref name="shownVersion"/> is the
    /// version the person saw (null when no budget was set then): if someone else set or changed it since, nothing is saved
    /// and a <see cref="DbUpdateConcurrencyException"/> says so.
    /// </summary>
    public async Task<Budget> SetBudgetAsync(KeyServiceLine line, FinancialYear year, Money amount, int? shownVersion, CancellationToken ct)
    {
        var authorityId = AuthorityId();
        if (!Enum.IsDefined(line)) throw new DomainException(nameof(Budget.KeyServiceLine), "Select the key service line");
        var budget = await db.Budgets.SingleOrDefaultAsync(b => b.AuthorityId == authorityId && b.Year == year && b.KeyServiceLine == line, ct);
        if (budget is null)
        {
            if (shownVersion is not null) throw Conflict();
            budget = Budget.Set(authorityId, line, year, amount);
            db.Budgets.Add(budget);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
            {
                db.Entry(budget).State = EntityState.Detached;
                if (await db.Budgets.AnyAsync(b => b.AuthorityId == authorityId && b.Year == year && b.KeyServiceLine == line, ct)) throw Conflict();
                throw;
            }
            return budget;
        }
        if (shownVersion is null) throw Conflict();
        db.Entry(budget).Property(b => b.Version).OriginalValue = shownVersion.Value;
        budget.Change(amount);
        await db.SaveChangesAsync(ct);
        return budget;
    }

    /// <summary>The years the finance pages offer: from 2018-19 to the current year (or the next, for budgets set ahead).</summary>
    public List<FinancialYear> Years(bool includeNext)
    {
        var last = FinancialYear.Containing(Today);
        if (includeNext) last = last.Next;
        var years = new List<FinancialYear>();
        for (var y = last; y >= FirstYear; y = y.Previous) years.Add(y);
        return years;
    }

    private int AuthorityId() => db.Scope.IsAuthority ? db.Scope.FilterOrganisationId
        : throw new InvalidOperationException("Budgets belong to an authority: only authority staff have them.");

    private static DbUpdateConcurrencyException Conflict() =>
        new("Someone else set this budget while you were editing it. Nothing has been saved.");
}
