using Hearth.Domain.Common;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Tenders;

/// <summary>
/// Evaluation of a lot's opened bids for the pages, exports and API: the submitted versions (never later drafts), the
/// panel's scores, compliance, and — once every compliant bid is moderated — results by the published method.
/// </summary>
public sealed class TenderEvaluation(TenderWorkflow workflow)
{
    public sealed record LotBid(Bid Bid, BidSubmission Submission, string ProviderName, BidForEvaluation ForEvaluation,
        IReadOnlyList<string> ComplianceReasons, Money? EvaluatedPrice)
    {
        public bool Compliant => ComplianceReasons.Count == 0;
    }

    public sealed record LotView(Tender Tender, TenderLot Lot, IReadOnlyList<LotBid> Bids, EvaluationPanel Panel)
    {
        public IEnumerable<LotBid> CompliantBids => Bids.Where(b => b.Compliant);

        /// <summary>True when every compliant bid has a consensus score for every scored question.</summary>
        public bool FullyModerated => Panel.IsModerated(CompliantBids.Select(b => b.Bid.Id));

        public LotBid? Find(int bidId) => Bids.FirstOrDefault(b => b.Bid.Id == bidId);
    }

    /// <summary>The lot with its opened bids; null when the tender is out of scope or the bids are not open.</summary>
    public async Task<LotView?> LoadAsync(Tender tender, int lotNumber, CancellationToken ct)
    {
        if (!tender.BidsAreOpen) return null;
        var lot = tender.Lots.FirstOrDefault(l => l.Number == lotNumber);
        if (lot is null) return null;
        var db = workflow.Db;
        var bids = await db.Bids.Include(b => b.Submissions).AsSplitQuery()
            .Where(b => b.TenderId == tender.Id && b.LotNumber == lotNumber && b.Status != BidStatus.Withdrawn && b.Submissions.Any())
            .ToListAsync(ct);
        var providerIds = bids.Select(b => b.ProviderId).Distinct().ToList();
        var names = await db.Providers.IgnoreQueryFilters().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var bidIds = bids.Select(b => b.Id).ToList();
        var scores = await db.IndividualScores.Where(s => bidIds.Contains(s.BidId)).ToListAsync(ct);
        var moderated = await db.ModeratedScores.Where(s => bidIds.Contains(s.BidId)).ToListAsync(ct);
        var questionnaire = lot.Questionnaire;
        var panel = new EvaluationPanel(tender.Evaluators.Select(e => EvaluatorId(e.UserId)).ToList(), questionnaire, scores, moderated);
        var category = TenderText.Category(lot.Category);
        var lotBids = bids.Select(b =>
        {
            var submission = b.LatestSubmission!;
            var passFail = submission.Answers.Where(a => a.Passes is not null).ToDictionary(a => a.QuestionNumber, a => a.Passes!.Value);
            var forEvaluation = new BidForEvaluation(b.Id, b.ProviderId, submission.SubmittedAt, submission.Schedule(tender, lotNumber, category),
                passFail, panel.ModeratedScoresFor(b.Id));
            var (reasons, price) = LotEvaluation.Compliance(lot.Method, questionnaire, forEvaluation);
            return new LotBid(b, submission, names.GetValueOrDefault(b.ProviderId, "Unknown provider"), forEvaluation, reasons, price);
        }).OrderBy(b => b.ProviderName, StringComparer.OrdinalIgnoreCase).ToList();
        return new LotView(tender, lot, lotBids, panel);
    }

    /// <summary>
    /// Records in the audit trail that the signed-in person read these opened bids (ADR 0026): call it once the page has
    /// decided to show them, before it does.
    /// </summary>
    public Task RecordReadAsync(LotView view, IEnumerable<LotBid> bids, string what, CancellationToken ct) =>
        workflow.Db.RecordAccessAsync(bids.Select(b => SensitiveReads.Bid(view.Tender, b.Bid, what, workflow.Now)), ct);

    /// <summary>The lot view holding an opened bid of the tender; null when no lot has it (or the bids are sealed).</summary>
    public async Task<LotView?> FindBidAsync(Tender tender, int bidId, CancellationToken ct)
    {
        var lotNumber = await workflow.Db.Bids.Where(b => b.Id == bidId && b.TenderId == tender.Id).Select(b => (int?)b.LotNumber).SingleOrDefaultAsync(ct);
        return lotNumber is { } n ? await LoadAsync(tender, n, ct) : null;
    }

    /// <summary>The results by the published method; only once every compliant bid is moderated (else null).</summary>
    public static IReadOnlyList<BidResult>? Results(LotView view) =>
        view.FullyModerated
            ? LotEvaluation.Evaluate(view.Lot.Method, view.Lot.Questionnaire, view.Bids.Select(b => b.ForEvaluation with { ModeratedScores = view.Panel.ModeratedScoresFor(b.Bid.Id) }).ToList(), view.Tender.AbnormallyLowPercent)
            : null;

    public static string EvaluatorId(int userId) => userId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Awards every lot by its published basis and creates the framework: memberships per lot with rank and the
    /// submitted prices; results are frozen for the standstill letters. Refused until every compliant bid is moderated.
    /// </summary>
    public async Task<Framework> AwardAsync(Tender tender, int shownVersion, CancellationToken ct)
    {
        if (tender.Status != TenderStatus.Opened) throw new DomainException("Status", "Only a tender whose bids are opened can be awarded");
        var db = workflow.Db;
        var today = workflow.Today;
        var views = new List<(LotView View, IReadOnlyList<BidResult> Results)>();
        foreach (var lot in tender.Lots.OrderBy(l => l.Number))
        {
            var view = (await LoadAsync(tender, lot.Number, ct))!;
            var results = Results(view) ?? throw new DomainException("Status",
                $"Lot {lot.Number} ({lot.Name}) is not fully moderated: every compliant bid needs a consensus score for every scored question before award");
            views.Add((view, results));
        }
        IReadOnlyList<BidPrice> Prices(int bidId) => views.Select(v => v.View.Find(bidId)).First(b => b is not null)!.Submission.Prices;
        var lots = views.Select(v => (v.View.Lot, v.Results)).ToList();
        if (tender.IsRound)
        {
            var reopened = await db.Frameworks.Include(f => f.LotMembers).Include(f => f.Members).AsSplitQuery()
                .SingleAsync(f => f.Id == tender.ReopensFrameworkId, ct);
            var roundResults = tender.AwardRound(reopened, lots, Prices, today, TenderWorkflow.BankHolidays);
            db.TenderResults.AddRange(roundResults);
            await using var roundTransaction = await db.Database.BeginTransactionAsync(ct);
            await workflow.SaveAsync(tender, shownVersion, ct);
            await roundTransaction.CommitAsync(ct);
            return reopened;
        }
        if (await db.Frameworks.IgnoreQueryFilters().AnyAsync(f => f.Reference == tender.Reference, ct))
            throw new DomainException("Status", $"A framework with the reference {tender.Reference} already exists");

        var (framework, awardResults) = tender.EstablishFramework(lots, Prices, today, TenderWorkflow.BankHolidays);
        db.TenderResults.AddRange(awardResults);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Frameworks.Add(framework);
        await db.SaveChangesAsync(ct);
        tender.Award(today, TenderWorkflow.BankHolidays, framework.Id);
        await workflow.SaveAsync(tender, shownVersion, ct);
        await transaction.CommitAsync(ct);
        return framework;
    }
}
