using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Bidding;

/// <summary>
/// A published tender as a bidder reads it: lots with their price schedule template and questions, the evaluation method,
/// the timeline, the published clarifications (asker never shown), the provider's own questions and a form to ask one.
/// </summary>
[Authorize(Roles = Roles.ProviderUser)]
public sealed class TenderModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    private readonly BidWork _work = new(db, scope, clock);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your question")]
        [StringLength(Clarification.MaximumLength, ErrorMessage = "The question must be 4,000 characters or fewer")]
        public string? Question { get; set; }
    }

    public Tender Tender { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }
    public List<string> Authorities { get; private set; } = [];
    public Dictionary<int, Bid> Bids { get; private set; } = [];
    public List<Clarification> Published { get; private set; } = [];
    public List<Clarification> Mine { get; private set; } = [];

    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (done == "asked") Saved = "Your question has been sent. The answer will be published to every bidder without saying who asked.";
        return Page();
    }

    public async Task<IActionResult> OnPostAskAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        await _work.AskAsync(Tender, Input.Question!, ct);
        return Redirect($"/bidding/{id}?done=asked#your-questions");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var tender = await _work.TenderAsync(id, ct);
        if (tender is null) return false;
        Tender = tender;
        Now = _work.Now;
        var names = await db.Authorities.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        Authorities = tender.AuthorityIds.Select(a => names.GetValueOrDefault(a, "")).ToList();
        Bids = await _work.OwnBidsAsync(id, ct);
        var clarifications = await _work.ClarificationsAsync(id, ct);
        Published = clarifications.Where(c => c.IsPublished).OrderBy(c => c.PublishedAt).ToList();
        Mine = clarifications.Where(_work.AskedByMe).ToList();
        return true;
    }
}
