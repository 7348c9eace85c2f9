using Hearth.Domain.Common;
using Hearth.Domain.Procurement;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Frameworks;

/// <summary>Frameworks under the same scoping as the pages: parties see the whole framework, a provider only its own membership.</summary>
public static class FrameworksApi
{
    public sealed record FrameworkSummaryDto(int Id, string Reference, string Title, string Regime, DateOnly StartDate, DateOnly EndDate, string Status, int? ExpiryAlertMonths);

    public sealed record DecisionLinkDto(int Id, string? Reference);

    public sealed record PartyDto(int AuthorityId, string Name, bool IsLead);

    public sealed record ExtensionDto(DateOnly PreviousEndDate, DateOnly NewEndDate, string Route, string Reason, DecisionLinkDto KeyDecision);

    public sealed record MemberDto(int ProviderId, string Name, string OfstedGrade, DateOnly JoinedOn);

    public sealed record FrameworkDto(
        int Id, string Reference, string Title, string Regime, DateOnly StartDate, DateOnly OriginalEndDate, DateOnly EndDate, string Status,
        int MaximumTermYears, bool ExceedsMaximumTerm, DecisionLinkDto? KeyDecision,
        IReadOnlyList<PartyDto> Parties, IReadOnlyList<ExtensionDto> Extensions, IReadOnlyList<MemberDto> Members);

    public sealed record LotPriceDto(string RowCode, int BandIndex, string AgeBand, long Pence);

    public sealed record LotMemberDto(int ProviderId, string Name, int? Rank, string Status, DateOnly JoinedOn, IReadOnlyList<LotPriceDto> Prices);

    public sealed record SupplementDto(string RowCode, string Name);

    public sealed record LotDto(int Number, string Name, string Category, IReadOnlyList<string> AgeBands, IReadOnlyList<LotMemberDto> Members,
        IReadOnlyList<SupplementDto> Supplements);

    public sealed record PriceListDto(DateOnly EffectiveFrom, int? UpliftBasisPoints, int? IndexBasisPoints);

    public sealed record FrameworkLotsDto(int FrameworkId, string Indexation, IReadOnlyList<LotDto> Lots, DateOnly PricesFrom, IReadOnlyList<PriceListDto> PriceLists);

    public static RouteGroupBuilder MapFrameworksApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/frameworks").WithTags("Frameworks")
            .RequireAuthorization(p => p.RequireRole(FrameworkRoles.ReaderList));
        group.MapGet("/", async (HearthDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var today = London.Today(clock);
                var frameworks = await db.Frameworks.AsNoTracking().OrderByDescending(f => f.StartDate)
                    .Select(f => new { f.Id, f.Reference, f.Title, f.Regime, f.StartDate, f.EndDate }).ToListAsync(ct);
                return TypedResults.Ok(frameworks.Select(f => new FrameworkSummaryDto(f.Id, f.Reference, f.Title, f.Regime.ToString(), f.StartDate, f.EndDate,
                    FrameworkText.Status(f.StartDate, f.EndDate, today), Framework.ExpiryAlert(f.EndDate, today))).ToList());
            })
            .WithName("ListFrameworks").WithSummary("The frameworks your authority is party to, or your provider is a member of.");
        group.MapGet("/{id:int}", async Task<Results<Ok<FrameworkDto>, ProblemHttpResult>> (int id, HearthDb db, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
            {
                var f = await FrameworkView.LoadAsync(db, scope, id, ct);
                if (f is null) return TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no framework {id} that you can see.");
                static DecisionLinkDto Link(FrameworkView.DecisionLink l) => new(l.Id, l.Reference);
                return TypedResults.Ok(new FrameworkDto(f.Id, f.Reference, f.Title, f.Regime.ToString(), f.StartDate, f.OriginalEndDate, f.EndDate,
                    FrameworkText.Status(f.StartDate, f.EndDate, London.Today(clock)), Framework.MaximumTermYears(f.Regime), f.ExceedsMaximumTerm,
                    f.Decision is { } d ? Link(d) : null,
                    f.Parties.Select(p => new PartyDto(p.AuthorityId, p.Name, p.IsLead)).ToList(),
                    f.Extensions.Select(e => new ExtensionDto(e.PreviousEndDate, e.NewEndDate, e.Route, e.Reason, Link(e.Decision))).ToList(),
                    f.Members.Select(m => new MemberDto(m.ProviderId, m.Name, FrameworkText.Grade(m.OfstedGrade), m.JoinedOn)).ToList()));
            })
            .WithName("GetFramework").WithSummary("One framework with its parties, extensions and members (a provider sees only its own membership).");
        group.MapGet("/{id:int}/lots", async Task<Results<Ok<FrameworkLotsDto>, ProblemHttpResult>> (int id, DateOnly? from, HearthDb db, OrganisationScope scope, CancellationToken ct) =>
            {
                var lots = await FrameworkLotsView.LoadAsync(db, scope, id, ct, from);
                if (lots is null) return TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"There is no framework {id} that you can see.");
                static IEnumerable<LotPriceDto> Row(FrameworkLotsView.Lot l, string code, IReadOnlyList<Money?> prices) =>
                    prices.Select((p, i) => (p, i)).Where(x => x.p is not null).Select(x => new LotPriceDto(code, x.i, l.AgeBands[x.i], x.p!.Value.Pence));
                return TypedResults.Ok(new FrameworkLotsDto(id, FrameworkLotsView.IndexationText(lots.Indexation),
                    lots.Lots.Select(l => new LotDto(l.Number, l.Name, l.Category.ToString(), l.AgeBands,
                        l.Members.Select(m => new LotMemberDto(m.ProviderId, m.Name, m.Rank, m.Status.ToString(), m.JoinedOn,
                            [.. Row(l, l.CategoryRowCode, m.Prices), .. l.Supplements.SelectMany(s => Row(l, s.Code, m.SupplementPrices[s.Code]))])).ToList(),
                        l.Supplements.Select(s => new SupplementDto(s.Code, s.Name)).ToList())).ToList(),
                    lots.PricesFrom, lots.PriceLists.Select(p => new PriceListDto(p.EffectiveFrom, p.UpliftBasisPoints, p.IndexBasisPoints)).ToList()));
            })
            .WithName("GetFrameworkLots").WithSummary("The lots of one framework: members in rank order with their status and contracted weekly prices for the lot's category and its supplements by age band, from the price list in force from `from` (default the latest, with indexation applied); a provider sees only its own line.");
        return api;
    }
}
