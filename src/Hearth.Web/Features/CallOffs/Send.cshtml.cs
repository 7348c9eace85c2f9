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
    /// <summary>The broker's choice when several frameworks are in force (ADR 0017, second addendum); none: the call-off route.</summary>
    [BindProperty(SupportsGet = true)] public int? FrameworkId { get; set; }
    [BindProperty] public string? LotChoiceReason { get; set; }

    public List<SelectListItem> LotOptions => Plan.Lots.Select(l => new SelectListItem(
        $"Lot {l.Number}: {l.Name}{(l.Number == Plan.SuggestedLot ? " (the referral’s needs fall under this lot)" : "")}", l.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

    /// <summary>Each framework in force with lot members: name, reference and dates, the call-off route marked as the default.</summary>
    public List<SelectListItem> FrameworkOptions => Plan.Frameworks.Select(f => new SelectListItem(
        $"{f.Title} ({f.Reference}), {f.StartDate.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} to {f.EndDate.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}{(f.IsRoute ? " (the call-off route: the established framework)" : "")}",
        f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await records.ReleasedReferralAsync(ReferralId, ct) is not { } referral) return NotFound();
        Plan = await records.PlanAsync(referral, FrameworkId, LotNumber, ct);
        LotNumber = Plan.ChosenLot;
        FrameworkId = Plan.FrameworkId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await records.ReleasedReferralAsync(ReferralId, ct) is not { } referral) return NotFound();
        Plan = await records.PlanAsync(referral, FrameworkId, LotNumber, ct);
        var callOff = await records.SendAsync(referral, FrameworkId, LotNumber, LotChoiceReason, ct);
        return Redirect($"/call-offs/{callOff.Id}?saved=sent");
    }
}
