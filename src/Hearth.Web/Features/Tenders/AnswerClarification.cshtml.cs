using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Procurement.Tendering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Tenders;

/// <summary>Answer a bidder's clarification question; the answer is published to every bidder without the asker's name.</summary>
[Authorize(Roles = TenderRoles.Managers)]
public sealed class AnswerClarificationModel(TenderWorkflow workflow) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the answer")]
        public string? Answer { get; set; }

        public int Version { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Tender Tender { get; private set; } = null!;
    public Clarification Clarification { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int clarificationId, CancellationToken ct)
    {
        if (!await LoadAsync(id, clarificationId, ct)) return NotFound();
        if (!workflow.CanManage(Tender)) return Forbid();
        Input.Version = Clarification.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int clarificationId, CancellationToken ct)
    {
        if (!await LoadAsync(id, clarificationId, ct)) return NotFound();
        if (!workflow.CanManage(Tender)) return Forbid();
        if (!ModelState.IsValid) return Page();
        Clarification.Publish(Tender, Input.Answer!, workflow.Now);
        workflow.Db.Entry(Clarification).Property(c => c.Version).OriginalValue = Input.Version;
        await workflow.Db.SaveChangesAsync(ct);
        return Redirect($"/tenders/{id}?saved=" + Uri.EscapeDataString("Answer published to every bidder"));
    }

    private async Task<bool> LoadAsync(int id, int clarificationId, CancellationToken ct)
    {
        if (await workflow.FindAsync(id, ct) is not { } tender) return false;
        var clarification = await workflow.Db.Clarifications.SingleOrDefaultAsync(c => c.Id == clarificationId && c.TenderId == id, ct);
        if (clarification is null) return false;
        Tender = tender;
        Clarification = clarification;
        return true;
    }
}
