using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Features.CallOffs;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hearth.Web.Features.Referrals;

/// <summary>
/// In-house first: the broker records why no in-house carer can take the child (a reason from the list), or, for an
/// emergency, a manager records an override. Each entry is kept; a later change is a new entry (history below).
/// </summary>
[Authorize(Roles = $"{Roles.Broker},{Roles.SocialWorker}")]
public sealed class InHouseOutcomeModel(CallOffRecords records) : PageModel
{
    public static readonly List<SelectListItem> ReasonOptions =
        new[] { InHouseSearchReason.NoCapacity, InHouseSearchReason.NeedsNotMet, InHouseSearchReason.Location, InHouseSearchReason.SiblingGroup, InHouseSearchReason.Other }
            .Select(r => new SelectListItem(InHouseSearchOutcome.Describe(r), r.ToString())).ToList();

    public Referral Referral { get; private set; } = null!;
    public List<InHouseSearchOutcome> History { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? Saved { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public InHouseSearchReason? Reason { get; set; }
        public string? Details { get; set; }
    }

    public bool IsBroker => User.IsInRole(Roles.Broker);
    public bool CanOverride => ReferralAccess.CanSignOff(User) && InHouseSearchOutcome.IsEmergency(Referral);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!IsBroker) return Forbid();
        await records.RecordInHouseOutcomeAsync(Referral, Input.Reason, Input.Details, ct);
        return Redirect($"/referrals/{id}/in-house-outcome?saved=recorded");
    }

    public async Task<IActionResult> OnPostOverrideAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ReferralAccess.CanSignOff(User)) return Forbid();
        await records.OverrideInHouseSearchAsync(Referral, Input.Details, ct);
        return Redirect($"/referrals/{id}/in-house-outcome?saved=override");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await records.ReleasedReferralAsync(id, ct) is not { } referral) return false;
        Referral = referral;
        History = await records.InHouseHistoryAsync(id, ct);
        return true;
    }
}
