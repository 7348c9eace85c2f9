using Hearth.Domain.Common;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.Tenders;

/// <summary>
/// Moderation of one bid, once every evaluator has scored it: the commissioner records a consensus score and its
/// rationale for each scored question. A moderated answer is final.
/// </summary>
[Authorize(Roles = TenderRoles.Managers)]
public sealed class ModerateModel(TenderWorkflow workflow, TenderEvaluation evaluation, OrganisationScope scope) : PageModel
{
    public sealed class ConsensusInput
    {
        public int QuestionNumber { get; set; }
        public int? Score { get; set; }
        public string? Rationale { get; set; }
    }

    public sealed class InputModel
    {
        public List<ConsensusInput> Scores { get; set; } = [];
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public TenderEvaluation.LotView View { get; private set; } = null!;
    public TenderEvaluation.LotBid Bid { get; private set; } = null!;
    public List<QualityQuestion> Questions { get; private set; } = [];
    public Dictionary<string, string> EvaluatorNames { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int bidId, CancellationToken ct)
    {
        var result = await LoadAsync(id, bidId, ct);
        if (result is not null) return result;
        Input.Scores = Questions.Select(q => new ConsensusInput { QuestionNumber = q.Number }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int bidId, CancellationToken ct)
    {
        var result = await LoadAsync(id, bidId, ct);
        if (result is not null) return result;
        var now = workflow.Now;
        var moderator = TenderEvaluation.EvaluatorId(scope.UserId ?? 0);
        var added = new List<ModeratedScore>();
        for (var i = 0; i < Questions.Count; i++)
        {
            var q = Questions[i];
            var input = Input.Scores.ElementAtOrDefault(i);
            if (input is null || input.QuestionNumber != q.Number)
            {
                ModelState.AddModelError("", "The form did not match the bid’s questions: reload the page");
                return Page();
            }
            if (input.Score is null)
            {
                ModelState.AddModelError($"Input.Scores[{i}].Score", $"Select the moderated score for question {q.Number}");
                continue;
            }
            try
            {
                added.Add(View.Panel.Moderate(moderator, bidId, q.Number, input.Score.Value, input.Rationale ?? "", now));
            }
            catch (DomainException e)
            {
                var field = e.Field == "Rationale" ? "Rationale" : "Score";
                ModelState.AddModelError($"Input.Scores[{i}].{field}", $"Question {q.Number}: {e.Message}");
            }
        }
        if (!ModelState.IsValid) return Page();
        workflow.Db.ModeratedScores.AddRange(added);
        await workflow.Db.SaveChangesAsync(ct);
        return Redirect($"/tenders/{id}/lots/{View.Lot.Number}");
    }

    private async Task<IActionResult?> LoadAsync(int id, int bidId, CancellationToken ct)
    {
        if (await workflow.FindAsync(id, ct) is not { } tender) return NotFound();
        if (await evaluation.FindBidAsync(tender, bidId, ct) is not { } view || view.Find(bidId) is null) return NotFound();
        if (!workflow.CanManage(tender) || tender.Status != TenderStatus.Opened) return Forbid();
        View = view;
        Bid = view.Find(bidId)!;
        if (!Bid.Compliant) return NotFound();
        await evaluation.RecordReadAsync(view, [Bid], "Submitted answers and the panel's scores, to moderate them", ct);
        var done = view.Panel.Moderated.Where(m => m.BidId == bidId).Select(m => m.QuestionNumber).ToHashSet();
        Questions = view.Lot.Questions.Where(q => q.Kind == QuestionKind.Scored && !done.Contains(q.Number)).OrderBy(q => q.Number).ToList();
        EvaluatorNames = tender.Evaluators.ToDictionary(e => TenderEvaluation.EvaluatorId(e.UserId), e => e.Name);
        return null;
    }
}
