using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Tenders;

/// <summary>Choose the evaluation panel: commissioners and contract managers of the authorities taking part.</summary>
[Authorize(Roles = TenderRoles.Managers)]
public sealed class PanelModel(TenderWorkflow workflow, HearthDb db) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Select who to add to the panel")]
        public int? UserId { get; set; }

        public int Version { get; set; }
    }

    private sealed record Candidate(int Id, string Name, int OrganisationId, string Organisation);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Tender Tender { get; private set; } = null!;
    public List<SelectListItem> Candidates { get; private set; } = [];
    private List<Candidate> _candidates = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!workflow.CanManage(Tender)) return Forbid();
        Input.Version = Tender.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!workflow.CanManage(Tender)) return Forbid();
        if (!ModelState.IsValid) return Page();
        var candidate = _candidates.FirstOrDefault(c => c.Id == Input.UserId)
            ?? throw new DomainException(nameof(InputModel.UserId), "Select someone from the list");
        Tender.AddEvaluator(candidate.Id, candidate.OrganisationId, candidate.Name);
        await workflow.SaveAsync(Tender, Input.Version, ct);
        return Redirect($"/tenders/{id}/panel?saved=" + Uri.EscapeDataString($"{candidate.Name} added to the panel"));
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int userId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!workflow.CanManage(Tender)) return Forbid();
        var name = Tender.Evaluators.FirstOrDefault(e => e.UserId == userId)?.Name;
        Tender.RemoveEvaluator(userId);
        await workflow.SaveAsync(Tender, Input.Version, ct);
        return Redirect($"/tenders/{id}/panel?saved=" + Uri.EscapeDataString($"{name} removed from the panel"));
    }

    [FromQuery(Name = "saved")]
    public string? Saved { get; set; }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await workflow.FindAsync(id, ct) is not { } tender) return false;
        Tender = tender;
        var parties = tender.AuthorityIds.ToList();
        var roleIds = await db.Roles.Where(r => TenderRoles.EvaluatorRoles.Contains(r.Name!)).Select(r => r.Id).ToListAsync(ct);
        _candidates = await (from u in db.Users
                             join o in db.Organisations.IgnoreQueryFilters() on u.OrganisationId equals o.Id
                             where parties.Contains(u.OrganisationId) && !u.IsDisabled
                                   && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId))
                             orderby o.Name, u.DisplayName
                             select new Candidate(u.Id, u.DisplayName, u.OrganisationId, o.Name)).ToListAsync(ct);
        var onPanel = tender.Evaluators.Select(e => e.UserId).ToHashSet();
        Candidates = [new("Select a person", ""), .. _candidates.Where(c => !onPanel.Contains(c.Id)).Select(c => new SelectListItem($"{c.Name}, {c.Organisation}", c.Id.ToString()))];
        return true;
    }
}
