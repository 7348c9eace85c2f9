using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Placements;

namespace Hearth.Web.Features.Finance;

/// <summary>Commitments, forecasts and budgets in the API: the same <see cref="ForecastReport"/> as the pages.</summary>
public static class ForecastApi
{
    public sealed record ForecastLineDto(int AuthorityId, string KeyServiceLine, string FundingSource, string Route, int? ProviderId,
        long ActualToDatePence, long CommittedPence, long ExpectedNewPence, long ForecastPence, int CommittedPlacements);

    public sealed record CommitmentLineDto(int AuthorityId, string KeyServiceLine, string FundingSource, string Route, int? ProviderId,
        int Placements, long CommittedPence);

    public sealed record CommitmentsDto(string FinancialYear, DateOnly Today, DateOnly CommittedFrom, DateOnly YearEnd, long CommittedPence,
        int OverduePlannedEnds, IReadOnlyList<CommitmentLineDto> Lines);

    public sealed record MethodDto(int RecentWeeks, DateOnly RecentFrom, DateOnly RecentTo, int RecentStarts, long AverageWeeklyFeePence,
        int RemainingNights, decimal ExpectedStarts, string Description);

    public sealed record ForecastDto(string FinancialYear, DateOnly Today, long ActualToDatePence, long CommittedPence, long ExpectedNewPence,
        long ForecastPence, MethodDto Method, IReadOnlyList<ForecastLineDto> Lines);

    public sealed record BudgetDto(string FinancialYear, int AuthorityId, string KeyServiceLine, long? BudgetPence, int? Version,
        long? ActualToDatePence, long? ForecastPence, long? VariancePence, string? Status, IReadOnlyList<int> DrivingPlacementIds);

    /// <summary>A budget to set: the amount in pence, and the version last read (null when none was set).</summary>
    public sealed record BudgetRequest(long? AmountPence, int? Version);

    public static RouteGroupBuilder MapForecastApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/finance").WithTags("Finance").RequireAuthorization(p => p.RequireRole(ForecastAccess.Readers.Split(',')));

        group.MapGet("/commitments", async (ForecastReport report, CancellationToken ct) =>
            {
                var f = await report.ForYearAsync(FinancialYear.Containing(report.Today), Forecasting.DefaultRecentWeeks, ct);
                var lines = f.Lines.Where(l => l.Value.CommittedPlacements > 0 || l.Value.Committed != Money.Zero).OrderBy(l => l.Key.AuthorityId).ThenBy(l => l.Key.KeyServiceLine)
                    .ThenBy(l => l.Key.FundingSource).ThenBy(l => l.Key.Route).ThenBy(l => l.Key.ProviderId)
                    .Select(l => new CommitmentLineDto(l.Key.AuthorityId, l.Key.KeyServiceLine.ToString(), l.Key.FundingSource.ToString(), l.Key.Route.ToString(),
                        l.Key.ProviderId, l.Value.CommittedPlacements, l.Value.Committed.Pence)).ToList();
                return Results.Ok(new CommitmentsDto(f.Year.ToString(), f.Today, f.Today.AddDays(1), f.Year.End, f.Total.Committed.Pence, f.OverduePlannedEnds, lines));
            })
            .WithName("GetCommitments")
            .WithSummary("What the placements already made will cost from tomorrow to their planned end or the year end, in pence, by authority, key service line, funding source, route and provider.");

        group.MapGet("/forecast", async (ForecastReport report, string? year, int? recentWeeks, CancellationToken ct) =>
            {
                var current = FinancialYear.Containing(report.Today);
                var y = current;
                if (year is not null && !FinancialYear.TryParse(year, out y))
                    return Results.Problem(statusCode: 400, title: "Bad request", detail: "Give year as a financial year, like year=2025-26.");
                var f = await report.ForYearAsync(y, recentWeeks ?? Forecasting.DefaultRecentWeeks, ct);
                var t = f.Total;
                var r = f.Rate;
                var method = new MethodDto(r.RecentWeeks, r.RecentFrom, r.RecentTo, r.RecentStarts, r.AverageWeeklyFee.Pence, r.RemainingNights,
                    Math.Round(r.ExpectedStarts, 2),
                    "Forecast = spend to date (nights up to and including today) + commitments (placements already made, from tomorrow to their planned end or the year end) "
                    + "+ expected new placements (for each line: the weekly fees of the placements that started in the recent weeks, added up, × nights left × (nights left + 1) ÷ (98 × recent weeks), rounded to the penny).");
                var lines = f.Lines.OrderBy(l => l.Key.AuthorityId).ThenBy(l => l.Key.KeyServiceLine).ThenBy(l => l.Key.FundingSource).ThenBy(l => l.Key.Route)
                    .ThenBy(l => l.Key.ProviderId)
                    .Select(l => new ForecastLineDto(l.Key.AuthorityId, l.Key.KeyServiceLine.ToString(), l.Key.FundingSource.ToString(), l.Key.Route.ToString(), l.Key.ProviderId,
                        l.Value.ActualToDate.Pence, l.Value.Committed.Pence, l.Value.ExpectedNew.Pence, l.Value.Forecast.Pence, l.Value.CommittedPlacements)).ToList();
                return Results.Ok(new ForecastDto(f.Year.ToString(), f.Today, t.ActualToDate.Pence, t.Committed.Pence, t.ExpectedNew.Pence, t.Forecast.Pence, method, lines));
            })
            .WithName("GetForecast")
            .WithSummary("The forecast to the year end (default: the current year): spend to date + commitments + expected new placements, in pence, with the method's inputs. 422 for a year not started.");

        group.MapGet("/budgets", async (ForecastReport report, string? year, CancellationToken ct) =>
            {
                var y = FinancialYear.Containing(report.Today);
                if (year is not null && !FinancialYear.TryParse(year, out y))
                    return Results.Problem(statusCode: 400, title: "Bad request", detail: "Give year as a financial year, like year=2025-26.");
                if (!report.Years(includeNext: true).Contains(y))
                    return Results.Problem(statusCode: 422, title: "A business rule was broken", detail: $"Budgets are kept from {ForecastReport.FirstYear} to next year.");
                var lines = await report.BudgetsAsync(y, Forecasting.DefaultRecentWeeks, ct);
                return Results.Ok(lines.Select(ToDto).ToList());
            })
            .WithName("GetBudgets")
            .WithSummary("The authority's budget per key service line for a year (default: the current year), against spend to date and the forecast, with the variance and red/amber/green status.");

        group.MapPut("/budgets/{year}/{line}", async (ForecastReport report, string year, string line, BudgetRequest? request, CancellationToken ct) =>
            {
                if (!FinancialYear.TryParse(year, out var y))
                    return Results.Problem(statusCode: 400, title: "Bad request", detail: "Give the year as a financial year, like 2025-26.");
                if (!Enum.TryParse<KeyServiceLine>(line, ignoreCase: false, out var l) || !Enum.IsDefined(l) || int.TryParse(line, out _))
                    return Results.Problem(statusCode: 400, title: "Bad request",
                        detail: $"Give the key service line as one of {string.Join(", ", Enum.GetNames<KeyServiceLine>())}.");
                if (request?.AmountPence is not { } pence)
                    return Results.Problem(statusCode: 400, title: "Bad request", detail: "Send amountPence (the budget in pence) and the version you last read (null when none was set).");
                if (!report.Years(includeNext: true).Contains(y))
                    return Results.Problem(statusCode: 422, title: "A business rule was broken", detail: $"Budgets are kept from {ForecastReport.FirstYear} to next year.");
                await report.SetBudgetAsync(l, y, Money.FromPence(pence), request.Version, ct);
                var lines = await report.BudgetsAsync(y, Forecasting.DefaultRecentWeeks, ct);
                return Results.Ok(ToDto(lines.Single(b => b.KeyServiceLine == l)));
            })
            .RequireAuthorization(p => p.RequireRole(ForecastAccess.BudgetEditors))
            .WithName("SetBudget")
            .WithSummary("Set or change the authority's budget for a key service line and year. Send the version you last read: 409 if someone changed it since, 422 for a negative or too large amount.");
        return api;
    }

    private static BudgetDto ToDto(ForecastReport.BudgetLine b) => new(b.Year.ToString(), b.AuthorityId, b.KeyServiceLine.ToString(), b.Budget?.Pence, b.Version,
        b.Amounts?.ActualToDate.Pence, b.Forecast?.Pence, b.Variance?.Pence, b.Status?.ToString(), b.Driving.Select(p => p.Placement.Id).ToList());
}
