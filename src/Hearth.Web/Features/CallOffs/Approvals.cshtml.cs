using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Domain.Sourcing.Matching;
using Hearth.Web.Data;
using Hearth.Web.Features.Referrals;
using Hearth.Web.Features.Sourcing;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.CallOffs;

/// <summary>
/// A manager approves an offer above its framework price (or with none) so the broker can choose it: who, when and why.
/// Managers are the authority's users with the referral sign-off claim (ADR 0017, the same person who may override the
/// in-house search); brokers see the page to know what is waiting.
/// </summary>
[Authorize(Roles = $"{Roles.Broker},{Roles.SocialWorker}")]
public sealed class ApprovalsModel(CallOffRecords records, OfferScoring scoring, HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    public CallOff CallOff { get; private set; } = null!;
    public List<Offer> Flagged { get; private set; } = [];
    public List<OfferApproval> Approvals { get; private set; } = [];
    public IReadOnlyDictionary<int, MatchResult> Scores { get; private set; } = new Dictionary<int, MatchResult>();
    [BindProperty(SupportsGet = true)] public string? Saved { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public int? OfferId { get; set; }
        public string? Reason { get; set; }
    }

    public bool IsManager => ReferralAccess.CanSignOff(User);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!IsManager) return Forbid();
        db.OfferApprovals.Add(OfferApproval.Record(CallOff, Input.OfferId, Approvals, scope.UserId ?? 0, scope.ActorName, Input.Reason, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return Redirect($"/call-offs/{id}/approvals?saved=approved");
    }

    public string ProviderName(Offer offer) => CallOff.RecipientFor(offer.ProviderId)?.ProviderName ?? "";

    public OfferApproval? ApprovalOf(Offer offer) => Approvals.FirstOrDefault(a => a.AppliesTo(offer));

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!scope.IsAuthority || await records.FindAsync(id, ct) is not { } callOff) return false;
        CallOff = callOff;
        Flagged = [.. callOff.Offers.Where(o => o.Status == OfferStatus.Active && o.NeedsManagerApproval).OrderBy(o => o.Id)];
        Approvals = await db.OfferApprovals.AsNoTracking().Where(a => a.CallOffId == id).OrderByDescending(a => a.Id).ToListAsync(ct);
        Scores = await scoring.ScoresAsync(callOff, Domain.Common.London.Today(clock), ct);
        return true;
    }
}
