using Hearth.Domain.Common;
using Hearth.Domain.Procurement.Tendering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.Tenders;

/// <summary>Add a lot to a draft tender: its category and supplements, quality questions and how it is evaluated.</summary>
[Authorize(Roles = TenderRoles.Managers)]
public sealed class AddLotModel(TenderWorkflow workflow) : PageModel
{
    [BindProperty]
    public LotInput Input { get; set; } = new();

    public Tender Tender { get; private set; } = null!;

    public IReadOnlyList<(int Score, string Name, string Descriptor)> Scale => ScoreScale.Descriptors;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await workflow.FindAsync(id, ct) is not { } tender) return NotFound();
        if (!workflow.CanManage(tender)) return Forbid();
        if (tender.Status != TenderStatus.Draft) return Redirect($"/tenders/{id}");
        Tender = tender;
        Input.Version = tender.Version;
        Input.PadQuestions();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await workflow.FindAsync(id, ct) is not { } tender) return NotFound();
        if (!workflow.CanManage(tender)) return Forbid();
        if (tender.Status != TenderStatus.Draft) return Redirect($"/tenders/{id}");
        Tender = tender;
        Input.PadQuestions();
        if (!ModelState.IsValid) return Page();
        try
        {
            var supplements = PriceRow.CommonSupplements.Where(s => Input.Supplements.Contains(s.Code)).ToList();
            var lot = tender.AddLot(Input.Name!, Input.Category!.Value, supplements, Input.Questionnaire(), Input.EvaluationMethod(),
                Input.AwardBasis!.Value, Input.TopN);
            await workflow.SaveAsync(tender, Input.Version, ct);
            return Redirect($"/tenders/{id}?saved=" + Uri.EscapeDataString($"Lot {lot.Number} added: {lot.Name}"));
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(LotInput.FormKey(e.Field), e.Message);
            return Page();
        }
    }
}
