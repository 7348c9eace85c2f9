using System.Globalization;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.Tenders;

/// <summary>
/// Evaluation of one lot after opening: each bid's compliance and scoring progress, links to score and moderate, and
/// the results (rank, price, quality, total, abnormally low) once every compliant bid is moderated, with exports.
/// </summary>
[Authorize(Roles = TenderRoles.Readers)]
public sealed class LotModel(TenderWorkflow workflow, TenderEvaluation evaluation, OrganisationScope scope) : PageModel
{
    public TenderEvaluation.LotView View { get; private set; } = null!;
    public IReadOnlyList<BidResult>? Results { get; private set; }
    public bool IsEvaluator { get; private set; }
    public bool CanModerate { get; private set; }
    public string Me => TenderEvaluation.EvaluatorId(scope.UserId ?? 0);

    public async Task<IActionResult> OnGetAsync(int id, int lot, CancellationToken ct)
    {
        return await LoadAsync(id, lot, ct) ?? Page();
    }

    /// <summary>Only commissioners and contract managers can be on a panel; anyone else is refused before any lookup.</summary>
    private bool MayEvaluate => scope.IsInRole(Roles.Commissioner) || scope.IsInRole(Roles.ContractManager);


    public async Task<IActionResult> OnGetExportAsync(int id, int lot, string format, CancellationToken ct)
    {
        if (await LoadAsync(id, lot, ct) is { } refused) return refused;
        if (Results is null) return StatusCode(StatusCodes.Status409Conflict);
        var rows = ResultRows().ToList();
        var name = $"{View.Tender.Reference}-lot-{lot}-results";
        return format == "xlsx"
            ? File(TenderExports.Xlsx(rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : File(TenderExports.Csv(rows), "text/csv", name + ".csv");
    }

    public IEnumerable<TenderExports.ResultRow> ResultRows() => Results!.Select(r =>
    {
        var bid = View.Find(r.BidId)!;
        return new TenderExports.ResultRow(View.Tender.Reference, View.Lot.Number, View.Lot.Name, bid.ProviderName,
            bid.Submission.SubmittedAt, bid.Submission.ReceiptHash, r.Compliant, r.MeetsQualityThreshold, string.Join("; ", r.Reasons),
            r.EvaluatedPrice?.Pounds, Round(r.PriceScore), Round(r.QualityScore), Round(r.Total), r.Rank, r.AbnormallyLow);
    });

    private static decimal? Round(decimal? score) => score is { } s ? Math.Round(s, 2, MidpointRounding.AwayFromZero) : null;

    public static string Short(string hash) => hash[..12];

    public static string Pounds(decimal? pounds) => pounds is { } p ? "£" + p.ToString("#,##0.00", CultureInfo.InvariantCulture) : "–";

    /// <summary>Loads the lot; returns why not (403 or 404) when the user may not see it.</summary>
    private async Task<IActionResult?> LoadAsync(int id, int lot, CancellationToken ct)
    {
        if (!MayEvaluate) return Forbid();
        if (await workflow.FindAsync(id, ct) is not { } tender) return NotFound();
        // After opening, bids are for the evaluation panel and commissioners only (issue 3).
        IsEvaluator = scope.UserId is { } me && tender.IsEvaluator(me);
        if (!IsEvaluator && !scope.IsInRole(Roles.Commissioner)) return Forbid();
        if (await evaluation.LoadAsync(tender, lot, ct) is not { } view) return NotFound();
        await evaluation.RecordReadAsync(view, view.Bids, "Submitted prices, answers and scores", ct);
        View = view;
        Results = TenderEvaluation.Results(view);
        CanModerate = workflow.CanManage(tender) && tender.Status == TenderStatus.Opened;
        return null;
    }
}
