using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Features.Frameworks;
using Hearth.Web.Features.Tenders;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Bidding;

/// <summary>
/// Tenders and the provider's own bids, for a provider's own software: the same domain calls as the bidding pages
/// (<see cref="BidWork"/>). Tenders are read by providers once published and by their parties' staff; a bid only ever by
/// the provider that owns it — there is no address for anyone else's.
/// </summary>
public static class BiddingApi
{
    public sealed record TenderSummaryDto(int Id, string Reference, string Title, string Status, bool OpenForBids, DateTimeOffset SubmissionDeadline, int Lots);

    public sealed record TimelineDto(DateOnly PublicationDate, DateTimeOffset ClarificationDeadline, DateTimeOffset SubmissionDeadline,
        DateOnly EvaluationDate, DateOnly AwardDate, DateOnly StartDate);

    public sealed record PriceRowDto(string Code, string Name, bool IsSupplement);

    public sealed record AgeBandDto(int Index, int From, int To);

    public sealed record QuestionDto(int Number, string Text, string Kind, int Weight, int? MinimumScore);

    public sealed record MethodDto(int PriceWeight, int QualityWeight, string PriceScoring, long? CeilingPence, int QualityThresholdPercent);

    public sealed record LotDto(int Number, string Name, string Category, IReadOnlyList<PriceRowDto> PriceRows, IReadOnlyList<QuestionDto> Questions,
        MethodDto Method, string AwardBasis, int? TopN);

    public sealed record TenderDto(int Id, string Reference, string Title, string Regime, string Status, bool OpenForBids, IReadOnlyList<int> AuthorityIds,
        DateOnly TermStart, DateOnly TermEnd, long EstimatedValuePence, string Indexation, TimelineDto Timeline, IReadOnlyList<AgeBandDto> AgeBands,
        IReadOnlyList<LotDto> Lots);

    public sealed record ReceiptDto(int Version, DateTimeOffset SubmittedAt, string SubmittedAtLondon, string ReceiptHash, IReadOnlyList<SubmittedFile> Files);

    /// <summary>The provider's bid for a lot. Status "NotStarted" with version 0 before the first save.</summary>
    public sealed record BidDto(int TenderId, int LotNumber, string Status, int Version, IReadOnlyList<BidPrice> Prices, IReadOnlyList<BidAnswer> Answers,
        bool DeclarationsAccepted, DateTimeOffset? UpdatedAt, IReadOnlyList<ReceiptDto> Submissions);

    /// <summary>A draft to save: prices in pence per (row code, age band index), answers, the declarations, and the version you last read.</summary>
    public sealed record BidDraftRequest(int Version, IReadOnlyList<BidPrice>? Prices, IReadOnlyList<BidAnswer>? Answers, bool DeclarationsAccepted);

    /// <summary>The version of the bid you last read; leave it out to act on whatever is stored.</summary>
    public sealed record BidVersionRequest(int? Version);

    public sealed record ClarificationDto(int Id, string Question, string? Answer, DateTimeOffset? PublishedAt, bool AskedByYou);

    public sealed record AskRequest(string? Question);

    public static RouteGroupBuilder MapBiddingApi(this RouteGroupBuilder api)
    {
        var readers = FrameworkRoles.ReaderList;
        var tenders = api.MapGroup("/tenders").WithTags("Tenders");

        tenders.MapGet("/", async (HearthDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var now = clock.GetUtcNow();
                var list = await db.Tenders.AsNoTracking().Include(t => t.Lots).OrderByDescending(t => t.Id).ToListAsync(ct);
                return TypedResults.Ok(list.Select(t => new TenderSummaryDto(t.Id, t.Reference, t.Title, t.Status.ToString(), t.IsOpenForBids(now),
                    t.Timeline.SubmissionDeadline, t.Lots.Count)).ToList());
            })
            .RequireAuthorization(p => p.RequireRole(readers))
            .WithName("ListTenders").WithSummary("Published tenders (providers), or the tenders your authority is party to.");

        tenders.MapGet("/{id:int}", async Task<Results<Ok<TenderDto>, ProblemHttpResult>> (int id, HearthDb db, TimeProvider clock, CancellationToken ct) =>
            {
                var t = await db.Tenders.AsNoTracking().Include(x => x.Lots).Include(x => x.Parties).SingleOrDefaultAsync(x => x.Id == id, ct);
                return t is null ? NotFound($"There is no tender {id} that you can see.") : TypedResults.Ok(Dto(t, clock.GetUtcNow()));
            })
            .RequireAuthorization(p => p.RequireRole(readers))
            .WithName("GetTender").WithSummary("A tender's lots, price schedule template, questions, evaluation method and timeline. Never any bid.");

        var bid = tenders.MapGroup("/{id:int}/lots/{lot:int}/bid").RequireAuthorization(p => p.RequireRole(Roles.ProviderUser));

        bid.MapGet("/", async Task<Results<Ok<BidDto>, ProblemHttpResult>> (int id, int lot, HearthDb db, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
            {
                var work = new BidWork(db, scope, clock);
                var tender = await work.TenderAsync(id, ct);
                if (tender?.Lots.Any(l => l.Number == lot) != true) return NotFound($"There is no lot {lot} of a tender {id} that you can see.");
                var own = await work.OwnBidAsync(id, lot, ct);
                if (own is not null) await work.RecordReadAsync(tender, own, "Prices and answers (API)", ct);
                return TypedResults.Ok(Dto(id, lot, own));
            })
            .WithName("GetOwnBid").WithSummary("Your organisation's bid for a lot (draft and receipts).");

        bid.MapPut("/", async Task<Results<Ok<BidDto>, ProblemHttpResult>> (int id, int lot, BidDraftRequest request, HearthDb db, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
            {
                var work = new BidWork(db, scope, clock);
                var tender = await work.TenderAsync(id, ct);
                if (tender?.Lots.Any(l => l.Number == lot) != true) return NotFound($"There is no lot {lot} of a tender {id} that you can see.");
                var stored = await work.OwnBidAsync(id, lot, ct);
                var saved = await work.SaveDraftAsync(tender, lot, stored,
                    new BidDraft(request.Prices ?? [], request.Answers ?? [], request.DeclarationsAccepted), request.Version, submit: false, ct);
                return TypedResults.Ok(Dto(id, lot, saved));
            })
            .WithName("SaveOwnBid").WithSummary("Saves your draft (a submitted bid becomes a revision; its submission stands until you submit again). 409 if it changed since the version you send.");

        bid.MapPost("/submit", async Task<Results<Ok<ReceiptDto>, ProblemHttpResult>> (int id, int lot, BidVersionRequest? request, HearthDb db, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
            {
                var work = new BidWork(db, scope, clock);
                var tender = await work.TenderAsync(id, ct);
                var stored = tender is null ? null : await work.OwnBidAsync(id, lot, ct);
                if (tender is null || stored is null) return NotFound($"You have no bid for lot {lot} of a tender {id} that you can see.");
                var submission = await work.SubmitAsync(tender, stored, request?.Version ?? stored.Version, ct);
                return TypedResults.Ok(Receipt(submission));
            })
            .WithName("SubmitOwnBid").WithSummary("Submits your saved draft before the deadline; returns the receipt (time and SHA-256).");

        bid.MapPost("/withdraw", async Task<Results<Ok<BidDto>, ProblemHttpResult>> (int id, int lot, BidVersionRequest? request, HearthDb db, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
            {
                var work = new BidWork(db, scope, clock);
                var tender = await work.TenderAsync(id, ct);
                var stored = tender is null ? null : await work.OwnBidAsync(id, lot, ct);
                if (tender is null || stored is null) return NotFound($"You have no bid for lot {lot} of a tender {id} that you can see.");
                await work.WithdrawAsync(tender, stored, request?.Version ?? stored.Version, ct);
                return TypedResults.Ok(Dto(id, lot, stored));
            })
            .WithName("WithdrawOwnBid").WithSummary("Withdraws your bid before the deadline: it will not be opened or evaluated.");

        tenders.MapBidAttachmentsApi();

        tenders.MapGet("/{id:int}/clarifications", async Task<Results<Ok<List<ClarificationDto>>, ProblemHttpResult>> (int id, HearthDb db, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
            {
                if (!await db.Tenders.AnyAsync(t => t.Id == id, ct)) return NotFound($"There is no tender {id} that you can see.");
                var work = new BidWork(db, scope, clock);
                var list = await work.ClarificationsAsync(id, ct);
                return TypedResults.Ok(list.Select(c => new ClarificationDto(c.Id, c.Question, c.Answer, c.PublishedAt, work.AskedByMe(c))).ToList());
            })
            .RequireAuthorization(p => p.RequireRole(readers))
            .WithName("ListClarifications").WithSummary("Clarifications: a provider sees its own questions and every published answer (never who asked); the tender's parties see all.");

        tenders.MapPost("/{id:int}/clarifications", async Task<Results<Created<ClarificationDto>, ProblemHttpResult>> (int id, AskRequest request, HearthDb db, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
            {
                var work = new BidWork(db, scope, clock);
                var tender = await work.TenderAsync(id, ct);
                if (tender is null) return NotFound($"There is no tender {id} that you can see.");
                var c = await work.AskAsync(tender, request.Question ?? "", ct);
                return TypedResults.Created($"/api/v1/tenders/{id}/clarifications", new ClarificationDto(c.Id, c.Question, c.Answer, c.PublishedAt, true));
            })
            .RequireAuthorization(p => p.RequireRole(Roles.ProviderUser))
            .WithName("AskClarification").WithSummary("Asks a clarification question before the clarification deadline.");

        return api;
    }

    private static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(statusCode: 404, title: "Not found", detail: detail);

    private static ReceiptDto Receipt(BidSubmission s) => new(s.Sequence, s.SubmittedAt, BiddingText.ReceiptTime(s.SubmittedAt), s.ReceiptHash, s.Files);

    private static BidDto Dto(int tenderId, int lot, Bid? bid) => bid is null
        ? new BidDto(tenderId, lot, "NotStarted", 0, [], [], false, null, [])
        : new BidDto(tenderId, lot, bid.Status.ToString(), bid.Version, bid.Prices, bid.Answers, bid.DeclarationsAccepted, bid.UpdatedAt,
            bid.Submissions.OrderBy(s => s.Sequence).Select(Receipt).ToList());

    private static TenderDto Dto(Tender t, DateTimeOffset now) => new(
        t.Id, t.Reference, t.Title, t.Regime.ToString(), t.Status.ToString(), t.IsOpenForBids(now), t.AuthorityIds.ToList(),
        t.TermStart, t.TermEnd, t.EstimatedValue.Pence, TenderText.Indexation(t.Indexation),
        new TimelineDto(t.Timeline.PublicationDate, t.Timeline.ClarificationDeadline, t.Timeline.SubmissionDeadline, t.Timeline.EvaluationDate,
            t.Timeline.AwardDate, t.Timeline.StartDate),
        t.AgeBands.Bands.Select((b, i) => new AgeBandDto(i, b.From, b.To)).ToList(),
        t.Lots.OrderBy(l => l.Number).Select(l => new LotDto(l.Number, l.Name, TenderText.Category(l.Category),
            l.PriceRows(BidWork.CategoryName(l)).Select(r => new PriceRowDto(r.Code, r.Name, r.IsSupplement)).ToList(),
            l.Questions.Select(q => new QuestionDto(q.Number, q.Text, q.Kind.ToString(), q.Weight, q.MinimumScore)).ToList(),
            new MethodDto(l.Method.PriceWeight, l.Method.QualityWeight, l.Method.Method.ToString(), l.Method.Ceiling?.Pence, l.Method.QualityThreshold),
            l.AwardBasis.ToString(), l.TopN)).ToList());
}
