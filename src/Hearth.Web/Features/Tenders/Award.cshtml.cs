using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.Tenders;

/// <summary>
/// Award: each lot by its published basis. The framework is created with memberships per lot (rank and contracted
/// prices), results are frozen, standstill starts today, and letters can be downloaded for every bidder.
/// </summary>
[Authorize(Roles = TenderRoles.Managers)]
public sealed class AwardModel(TenderWorkflow workflow, TenderEvaluation evaluation) : PageModel
{
    public sealed record LotOutcome(TenderLot Lot, TenderEvaluation.LotView View, IReadOnlyList<BidResult>? Results, IReadOnlySet<int> Awarded);

    public Tender Tender { get; private set; } = null!;
    public List<LotOutcome> Lots { get; private set; } = [];
    public DateOnly StandstillEnd { get; private set; }
    public DateOnly FrameworkStart { get; private set; }

    [BindProperty]
    public int Version { get; set; }

    public bool Ready => Lots.Count > 0 && Lots.All(l => l.Results is not null);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null) return result;
        Version = Tender.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null) return result;
        var framework = await evaluation.AwardAsync(Tender, Version, ct);
        return Redirect($"/tenders/{id}?saved=" + Uri.EscapeDataString(
            $"Tender awarded. Standstill ends on {TenderText.Date(Tender.StandstillEnd!.Value)}; framework {framework.Reference} starts on {TenderText.Date(framework.StartDate)}. Download the standstill letters from each lot."));
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        if (await workflow.FindAsync(id, ct) is not { } tender) return NotFound();
        if (!workflow.CanManage(tender)) return Forbid();
        if (tender.Status != TenderStatus.Opened) return Redirect($"/tenders/{id}");
        Tender = tender;
        StandstillEnd = Standstill.EndDate(tender.Regime, workflow.Today, TenderWorkflow.BankHolidays);
        FrameworkStart = tender.FrameworkStartIfAwardedOn(workflow.Today, TenderWorkflow.BankHolidays);
        foreach (var lot in tender.Lots.OrderBy(l => l.Number))
        {
            var view = (await evaluation.LoadAsync(tender, lot.Number, ct))!;
            var results = TenderEvaluation.Results(view);
            var awarded = results is null ? new HashSet<int>() : LotEvaluation.Award(results, lot.AwardBasis, lot.TopN).Select(r => r.BidId).ToHashSet();
            Lots.Add(new LotOutcome(lot, view, results, awarded));
        }
        return null;
    }
}
