using Hearth.Domain.Common;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Bidding;

/// <summary>Confirms, then withdraws the provider's bid for a lot (before the deadline): it will not be opened or evaluated.</summary>
[Authorize(Roles = Roles.ProviderUser)]
public sealed class WithdrawModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    private readonly BidWork _work = new(db, scope, clock);

    public Tender Tender { get; private set; } = null!;
    public Bid Bid { get; private set; } = null!;
    public bool CanWithdraw => Tender.IsOpenForBids(_work.Now) && Bid.Status != BidStatus.Withdrawn;

    public async Task<IActionResult> OnGetAsync(int id, int lot, CancellationToken ct) => await LoadAsync(id, lot, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, int lot, int version, CancellationToken ct)
    {
        if (!await LoadAsync(id, lot, ct)) return NotFound();
        try
        {
            await _work.WithdrawAsync(Tender, Bid, version, ct);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", BidModel.ConflictMessage);
            return Page();
        }
        return Redirect($"/bidding/{id}/lots/{lot}?done=withdrawn");
    }

    private async Task<bool> LoadAsync(int id, int lot, CancellationToken ct)
    {
        var tender = await _work.TenderAsync(id, ct);
        if (tender is null) return false;
        var bid = await _work.OwnBidAsync(id, lot, ct);
        if (bid is null) return false;
        Tender = tender;
        Bid = bid;
        return true;
    }
}
