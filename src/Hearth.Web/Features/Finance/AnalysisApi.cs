using Hearth.Domain.Common;
using Hearth.Web.Platform;

namespace Hearth.Web.Features.Finance;

/// <summary>The average weekly cost and sufficiency reports as JSON, from the same services as their pages.</summary>
public static class AnalysisApi
{
    public sealed record WeeklyCostDto(string FinancialYear, string Route, string? Category, string? AgeBand, int Placements, int Nights,
        decimal PlacementWeeks, long CostPence, long AverageWeeklyCostPence);

    public sealed record SufficiencyPeriodDto(string Period, DateOnly From, DateOnly ToExclusive, DateOnly CensusDate, bool ToDate,
        int LivePlacements, int InHouse, int External, int Spot, int LocationKnown, int InArea, long InHouseNights, long ExternalNights,
        decimal? InHousePercent, decimal? SpotPercentOfExternal, decimal? InAreaPercent, decimal? InHouseNightsPercent);

    public sealed record SufficiencyDto(string Area, IReadOnlyList<string> Authorities, int PostcodeDistricts, IReadOnlyList<SufficiencyPeriodDto> Periods);

    public static RouteGroupBuilder MapAnalysisApi(this RouteGroupBuilder api)
    {
        api.MapGet("/finance/average-weekly-cost", async Task<IResult> (WeeklyCostReport report, string? year, CancellationToken ct) =>
            {
                if (!FinancialYear.TryParse(year, out var fy))
                    return Results.Problem(statusCode: 400, title: "Bad request", detail: "Give the financial year, like year=2024-25.");
                var cells = await report.ForYearAsync(fy, ct);
                return Results.Ok(cells.Select(c => new WeeklyCostDto(fy.ToString(), c.Key.Route.ToString(), c.Key.Category?.ToString(), c.Key.Band?.ToString(),
                    c.Placements, c.Nights, c.Weeks, c.Cost.Pence, c.AverageWeeklyCost.Pence)));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.FinanceOfficer, Roles.Commissioner, Roles.Auditor))
            .Produces<List<WeeklyCostDto>>()
            .WithTags("Finance").WithName("GetAverageWeeklyCost")
            .WithSummary("Average weekly cost per placement category and age band (by the child's age on each night), in-house and external, for a financial year. "
                + "A null category or age band is the total over all of them. Costs in pence.");

        api.MapGet("/finance/sufficiency", async Task<IResult> (SufficiencyReport report, string? from, string? to, string? period, int? framework, CancellationToken ct) =>
            {
                if (!FinancialYear.TryParse(from, out var first) || !FinancialYear.TryParse(to, out var last) || period is not (null or "year" or "quarter"))
                    return Results.Problem(statusCode: 400, title: "Bad request", detail: "Give from and to as financial years, like from=2022-23&to=2025-26, and optionally period=year or period=quarter.");
                if (last < first)
                    return Results.Problem(statusCode: 422, title: "A business rule was broken", detail: "to must be the same as or after from.");
                if (last.StartYear - first.StartYear > 20)
                    return Results.Problem(statusCode: 422, title: "A business rule was broken", detail: "Ask for 20 financial years or fewer.");
                var result = await report.CalculateAsync(first, last, period == "quarter", framework, ct);
                if (result is null)
                    return Results.Problem(statusCode: 404, title: "Not found", detail: $"There is no joint framework {framework} that your authority is party to.");
                return Results.Ok(new SufficiencyDto(result.Area, result.Authorities, result.Districts, result.Figures.Select(f => new SufficiencyPeriodDto(
                    f.Period.Label, f.Period.From, f.Period.ToExclusive, f.CensusDate, f.ToDate, f.Live, f.InHouse, f.External, f.Spot, f.LocationKnown, f.InArea,
                    f.InHouseNights, f.ExternalNights, f.InHouseShare, f.SpotShareOfExternal, f.InAreaShare, f.InHouseNightsShare)).ToList()));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Commissioner, Roles.FinanceOfficer, Roles.Auditor))
            .Produces<SufficiencyDto>()
            .WithTags("Finance").WithName("GetSufficiency")
            .WithSummary("Sufficiency per financial year or quarter: fostering placements on the census date in-house and external, spot purchases, "
                + "placements in area, and in-house nights; for your authority, or with framework={id} for all the parties of a joint framework combined.");
        return api;
    }
}
