using Hearth.Domain.Common;
using Hearth.Web.Platform;

namespace Hearth.Web.Features.Finance;

public static class FinanceApi
{
    public sealed record SpendLineDto(string FinancialYear, int AuthorityId, string KeyServiceLine, string FundingSource, string Route, int? ProviderId, long AmountPence);

    public static RouteGroupBuilder MapFinanceApi(this RouteGroupBuilder api)
    {
        api.MapGet("/finance/spend", async (SpendReport report, string? from, string? to, CancellationToken ct) =>
            {
                if (!FinancialYear.TryParse(from, out var first) || !FinancialYear.TryParse(to, out var last))
                    return Results.Problem(statusCode: 400, title: "Bad request", detail: "Give from and to as financial years, like from=2018-19&to=2020-21.");
                if (last < first)
                    return Results.Problem(statusCode: 422, title: "A business rule was broken", detail: "to must be the same as or after from.");
                var lines = await report.ByYearAsync(first, last, ct);
                return Results.Ok(lines.Select(l => new SpendLineDto(l.Key.Year.ToString(), l.Key.AuthorityId, l.Key.KeyServiceLine.ToString(),
                    l.Key.FundingSource.ToString(), l.Key.Route.ToString(), l.Key.ProviderId, l.Amount.Pence)));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.FinanceOfficer, Roles.Commissioner, Roles.Auditor))
            .WithTags("Finance").WithName("GetSpend")
            .WithSummary("Spend per financial year by authority, key service line, funding source, route and provider, in pence, costed night by night.");
        return api;
    }
}
