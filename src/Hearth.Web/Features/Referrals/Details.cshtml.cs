using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Referrals;

/// <summary>A referral: its children and answers, and for a manager who did not write it, sign-off or return.</summary>
[Authorize(Roles = ReferralAccess.ViewersOrProviders)]
public sealed class DetailsModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    public sealed record ChildRow(int Id, string Name, string CaseReference, DateOnly DateOfBirth);

    public Referral Referral { get; private set; } = null!;
    public List<ChildRow> Children { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Saved { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Decision { get; set; }
        public string? ReturnComments { get; set; }
        public int Version { get; set; }
    }

    public bool CanDecide => Referral.Status == ReferralStatus.AwaitingSignOff && ReferralAccess.CanSignOff(User) && Referral.AuthorUserId != scope.UserId;
    public bool IsAuthor => Referral.AuthorUserId == scope.UserId;
    public bool CanEdit => Referral.IsEditable && User.IsInRole(Roles.SocialWorker);

    public string? SavedMessage => Saved switch
    {
        "submitted" => "Referral submitted for sign-off",
        "signed-off" => "Referral signed off: the placement finding team can now search for a placement",
        "returned" => "Referral returned to the social worker with your comments",
        _ => null,
    };

    /// <summary>Where the referral is in placement finding (for brokers): in-house outcome, call-off and offers, decision and placement.</summary>
    public sealed record FindingStage(int InHouseOutcomes, int? CallOffId, int OfferCount, int? DecisionId, int? PlacementId);

    public FindingStage? Stage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.Version = Referral.Version;
        if (Referral.Status == ReferralStatus.SignedOff && User.IsInRole(Roles.Broker))
        {
            var callOff = await db.CallOffs.AsNoTracking().Where(c => c.ReferralId == id).OrderByDescending(c => c.Id)
                .Select(c => new { c.Id, Offers = c.Offers.Count(o => o.Status != Domain.Sourcing.CallOffs.OfferStatus.Withdrawn) }).FirstOrDefaultAsync(ct);
            var decisionId = await db.CallOffDecisions.Where(d => d.ReferralId == id).Select(d => (int?)d.Id).SingleOrDefaultAsync(ct);
            var placementId = decisionId is { } decided
                ? await db.VisiblePlacements.Where(p => p.CallOffDecisionId == decided).OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct)
                : null;
            Stage = new FindingStage(await db.InHouseSearchOutcomes.CountAsync(o => o.ReferralId == id, ct), callOff?.Id, callOff?.Offers ?? 0, decisionId, placementId);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ReferralAccess.CanSignOff(User)) return Forbid();
        var today = London.Today(clock);
        switch (Input.Decision)
        {
            case "sign-off":
                Referral.SignOff(scope.UserId ?? 0, scope.ActorName, today);
                break;
            case "return":
                Referral.Return(scope.UserId ?? 0, scope.ActorName, Input.ReturnComments, today);
                break;
            default:
                ModelState.AddModelError("Input.Decision", "Select whether to sign off the referral or return it");
                return Page();
        }
        await ReferralRecords.SaveAsync(db, Referral, Input.Version, ct);
        return Redirect($"/referrals/{id}?saved={(Referral.Status == ReferralStatus.SignedOff ? "signed-off" : "returned")}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!scope.IsAuthority) return false;
        var referral = await ReferralRecords.FindAsync(db, id, ct);
        if (referral is null || (ReferralAccess.SeesOnlySignedOff(User) && referral.Status != ReferralStatus.SignedOff)) return false;
        Referral = referral;
        var ids = referral.Children.Select(c => c.ChildId).ToList();
        Children = await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.DateOfBirth)
            .Select(c => new ChildRow(c.Id, c.GivenName + " " + c.FamilyName, c.CaseReference, c.DateOfBirth)).ToListAsync(ct);
        return true;
    }
}
