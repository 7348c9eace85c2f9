using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Finance;

/// <summary>The UASC grant, its rates and the payments schedule over the API: the same services as the pages.</summary>
public static class GrantAndPaymentsApi
{
    public sealed record GrantLineDto(string FinancialYear, string AgeBand, DateOnly From, DateOnly To, int Nights, long NightlyRatePence, long AmountPence);

    public sealed record GrantGapDto(DateOnly From, DateOnly To, int Nights, string Reason);

    public sealed record GrantPlacementDto(
        int PlacementId, string PlacementReference, string ChildReference, DateOnly DateOfBirth, DateOnly StartDate, DateOnly? EndDate,
        long GrantPence, IReadOnlyList<GrantLineDto> Lines, IReadOnlyList<GrantGapDto> Gaps);

    public sealed record GrantYearDto(string FinancialYear, int Nights, long GrantPence, long PlacementCostPence);

    public sealed record GrantDto(IReadOnlyList<GrantYearDto> Years, IReadOnlyList<GrantPlacementDto> Placements);

    public sealed record RateDto(int Id, string AgeBand, DateOnly EffectiveFrom, DateOnly? EffectiveTo, long NightlyRatePence, int Version);

    public sealed record NewRateDto(string? AgeBand, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, long? NightlyRatePence);

    public sealed record PaymentLineDto(
        int ProviderId, string Provider, string ProviderUrn, string Authority, int PlacementId, string PlacementReference,
        DateOnly From, DateOnly To, int Nights, long WeeklyFeePence, long AmountPence, string Item);

    public sealed record PaymentsDto(string Kind, DateOnly Start, DateOnly End, long TotalPence, IReadOnlyList<PaymentLineDto> Lines);

    public static RouteGroupBuilder MapGrantAndPaymentsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/finance/uasc/grant", async (HearthDb db, TimeProvider clock, string? from, string? to, CancellationToken ct) =>
            {
                if (!db.Scope.IsAuthority) return AuthorityOnly();
                if (!FinancialYear.TryParse(from, out var first) || !FinancialYear.TryParse(to, out var last))
                    return Results.Problem(statusCode: 400, title: "Bad request", detail: "Give from and to as financial years, like from=2023-24&to=2025-26.");
                var report = await new UascGrantReport(db, clock).ForYearsAsync(first, last, ct);
                return Results.Ok(new GrantDto(
                    report.Years.Select(y => new GrantYearDto(y.Year.ToString(), y.Nights, y.Grant.Pence, y.Cost.Pence)).ToList(),
                    report.Placements.Select(p => new GrantPlacementDto(p.PlacementId, p.Reference, p.CaseReference, p.DateOfBirth, p.StartDate, p.EndDate,
                        p.Grant.Total.Pence,
                        p.Grant.Lines.Select(l => new GrantLineDto(l.Year.ToString(), l.AgeBand.ToString(), l.From, l.ToExclusive.AddDays(-1), l.Nights, l.NightlyRate.Pence, l.Amount.Pence)).ToList(),
                        p.Grant.Gaps.Select(g => new GrantGapDto(g.From, g.ToExclusive.AddDays(-1), g.Nights, g.Reason.ToString())).ToList())).ToList()));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.FinanceOfficer, Roles.Administrator, Roles.Auditor))
            .WithTags("Finance").WithName("GetUascGrant")
            .WithSummary("UASC grant due per placement and financial year (nights × the nightly rate for the child's age band each night), with nights that have no rate.");

        api.MapGet("/finance/uasc/rates", async (HearthDb db, CancellationToken ct) =>
            {
                if (!db.Scope.IsAuthority) return AuthorityOnly();
                var rates = await db.UascGrantRates.AsNoTracking().OrderBy(r => r.AgeBand).ThenBy(r => r.EffectiveFrom).ToListAsync(ct);
                return Results.Ok(rates.Select(ToDto));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.FinanceOfficer, Roles.Administrator, Roles.Auditor))
            .WithTags("Finance").WithName("GetUascRates").WithSummary("The authority's nightly UASC grant rates by age band (Under16, Aged16To17).");

        api.MapPost("/finance/uasc/rates", async (HearthDb db, NewRateDto body, CancellationToken ct) =>
            {
                if (!db.Scope.IsAuthority) return AuthorityOnly();
                if (!Enum.TryParse<UascAgeBand>(body.AgeBand, ignoreCase: true, out var band) || !Enum.IsDefined(band)
                    || body.EffectiveFrom is null || body.NightlyRatePence is null)
                    return Results.Problem(statusCode: 400, title: "Bad request",
                        detail: "Give ageBand (Under16 or Aged16To17), effectiveFrom, nightlyRatePence and, optionally, effectiveTo.");
                var rate = await UascRateStore.AddAsync(db, band, body.EffectiveFrom.Value, body.EffectiveTo, Money.FromPence(body.NightlyRatePence.Value), ct);
                return Results.Created($"/api/v1/finance/uasc/rates/{rate.Id}", ToDto(rate));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.FinanceOfficer, Roles.Administrator))
            .WithTags("Finance").WithName("AddUascRate")
            .WithSummary("Adds a nightly UASC grant rate; one overlapping a rate of the same age band is refused (422, field EffectiveFrom).");

        api.MapGet("/finance/payments", async (HearthDb db, string? kind, DateOnly? start, CancellationToken ct) =>
            {
                if (PaymentsModel.ParseKind(kind) is not { } k || start is null)
                    return Results.Problem(statusCode: 400, title: "Bad request", detail: "Give kind (monthly or four-weekly) and start, like kind=monthly&start=2025-10-01.");
                var period = PaymentPeriod.Create(k, start.Value);
                var lines = await new PaymentSchedule(db).ForAsync(period, ct);
                return Results.Ok(new PaymentsDto(PaymentsModel.KindValue(k), period.Start, period.Last, lines.Sum(l => l.Amount.Pence),
                    lines.Select(l => new PaymentLineDto(l.ProviderId, l.Provider, l.ProviderUrn, l.Authority, l.PlacementId, l.PlacementReference,
                        l.From, l.ToExclusive.AddDays(-1), l.Nights, l.WeeklyFee.Pence, l.Amount.Pence, l.Item)).ToList()));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.FinanceOfficer, Roles.Auditor, Roles.ProviderUser))
            .WithTags("Finance").WithName("GetPayments")
            .WithSummary("What is owed to providers for a monthly or four-weekly period, per placement and weekly fee; a provider gets only its own lines.");
        return api;
    }

    private static RateDto ToDto(UascGrantRate r) =>
        new(r.Id, r.AgeBand.ToString(), r.EffectiveFrom, r.EffectiveTo, r.NightlyRate.Pence, r.Version);

    private static IResult AuthorityOnly() =>
        Results.Problem(statusCode: 403, title: "Forbidden", detail: "Only an authority's staff can use the UASC grant.");
}
