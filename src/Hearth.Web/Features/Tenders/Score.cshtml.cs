using Hearth.Domain.Common;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hearth.Web.Features.Tenders;

/// <summary>
/// An evaluator scores each scored answer of one bid, 0 to 5 with a comment. They see only their own scores until
/// every evaluator has scored the bid; nobody can change another evaluator's scores.
/// </summary>
[Authorize(Roles = Roles.Commissioner + "," + Roles.ContractManager)]
public sealed class ScoreModel(TenderWorkflow workflow, TenderEvaluation evaluation, OrganisationScope scope) : PageModel
{
    public sealed class ScoreInput
    {
        public int QuestionNumber { get; set; }
        public int? Score { get; set; }
        public string? Comment { get; set; }
    }

    public sealed class InputModel
    {
        public List<ScoreInput> Scores { get; set; } = [];
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public TenderEvaluation.LotView View { get; private set; } = null!;
    public TenderEvaluation.LotBid Bid { get; private set; } = null!;
    public List<QualityQuestion> Questions { get; private set; } = [];
    public IReadOnlyList<IndividualScore> Visible { get; private set; } = [];
    public Dictionary<string, string> EvaluatorNames { get; private set; } = [];
    public string Me => TenderEvaluation.EvaluatorId(scope.UserId ?? 0);

    public static List<SelectListItem> ScaleOptions { get; } =
        ScoreScale.Descriptors.Select(d => new SelectListItem($"{d.Score}: {d.Name}. {d.Descriptor}", d.Score.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(int id, int bidId, CancellationToken ct)
    {
        var result = await LoadAsync(id, bidId, ct);
        if (result is not null) return result;
        Input.Scores = Questions.Select(q =>
        {
            var own = View.Panel.Scores.FirstOrDefault(s => s.BidId == bidId && s.QuestionNumber == q.Number && s.EvaluatorId == Me);
            return new ScoreInput { QuestionNumber = q.Number, Score = own?.Score, Comment = own?.Comment };
        }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int bidId, CancellationToken ct)
    {
        var result = await LoadAsync(id, bidId, ct);
        if (result is not null) return result;
        var now = workflow.Now;
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
                ModelState.AddModelError($"Input.Scores[{i}].Score", $"Select a score for question {q.Number}");
                continue;
            }
            try
            {
                var score = View.Panel.Score(Me, bidId, q.Number, input.Score.Value, input.Comment ?? "", now);
                if (score.Id == 0 && workflow.Db.Entry(score).State == Microsoft.EntityFrameworkCore.EntityState.Detached)
                    workflow.Db.IndividualScores.Add(score);
            }
            catch (DomainException e)
            {
                var field = e.Field == "Comment" ? "Comment" : "Score";
                ModelState.AddModelError($"Input.Scores[{i}].{field}", $"Question {q.Number}: {e.Message}");
            }
        }
        if (!ModelState.IsValid) return Page();
        await workflow.Db.SaveChangesAsync(ct);
        return Redirect($"/tenders/{id}/lots/{View.Lot.Number}");
    }

    private async Task<IActionResult?> LoadAsync(int id, int bidId, CancellationToken ct)
    {
        if (await workflow.FindAsync(id, ct) is not { } tender) return NotFound();
        if (await evaluation.FindBidAsync(tender, bidId, ct) is not { } view || view.Find(bidId) is null) return NotFound();
        if (scope.UserId is not { } me || !tender.IsEvaluator(me)) return Forbid();
        View = view;
        Bid = view.Find(bidId)!;
        if (!Bid.Compliant) return NotFound();
        await evaluation.RecordReadAsync(view, [Bid], "Submitted answers, to score them", ct);
        Questions = view.Lot.Questions.Where(q => q.Kind == QuestionKind.Scored).OrderBy(q => q.Number).ToList();
        Visible = view.Panel.VisibleTo(Me, bidId);
        EvaluatorNames = tender.Evaluators.ToDictionary(e => TenderEvaluation.EvaluatorId(e.UserId), e => e.Name);
        return null;
    }
}
