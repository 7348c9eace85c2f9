using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hearth.Web.Features.CallOffs;

/// <summary>Send a signed-off referral to a lot's eligible providers: the lot its needs fall under, or another with a reason.</summary>
[Authorize(Roles = Roles.Broker)]
public sealed class SendModel(CallOffRecords records) : PageModel
{
    public CallOffRecords.SendPlan Plan { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public int ReferralId { get; set; }
    [BindProperty(SupportsGet = true)] public int? LotNumber { get; set; }
    [BindProperty] public string? LotChoiceReason { get; set; }

    public List<SelectListItem> LotOptions => Plan.Lots.Select(l => new SelectListItem(
        $"Lot {l.Number}: {l.Name}{(l.Number == Plan.SuggestedLot ? " (the referral’s needs fall under this lot)" : "")}", l.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await records.ReleasedReferralAsync(ReferralId, ct) is not { } referral) return NotFound();
        Plan = await records.PlanAsync(referral, LotNumber, ct);
        LotNumber = Plan.ChosenLot;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await records.ReleasedReferralAsync(ReferralId, ct) is not { } referral) return NotFound();
        Plan = await records.PlanAsync(referral, LotNumber, ct);
        var callOff = await records.SendAsync(referral, LotNumber, LotChoiceReason, ct);
        return Redirect($"/call-offs/{callOff.Id}?saved=sent");
    }
}
