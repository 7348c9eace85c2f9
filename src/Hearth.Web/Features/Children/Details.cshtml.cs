using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Children;

/// <summary>A child's record, siblings and referrals. Providers never see a child here: 404.</summary>
[Authorize(Roles = ChildAccess.ViewersOrProviders)]
public sealed class DetailsModel(HearthDb db, OrganisationScope scope) : PageModel
{
    public sealed record SiblingRow(int Id, string Name, string CaseReference);
    public sealed record ReferralRow(int Id, ReferralStatus Status, DateOnly CreatedOn, DateOnly? NeededFrom);

    public Child Child { get; private set; } = null!;
    public List<SiblingRow> Siblings { get; private set; } = [];
    public List<ReferralRow> Referrals { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Saved { get; set; }
    [BindProperty] public string? SiblingCaseReference { get; set; }

    public string? SavedMessage => Saved switch
    {
        "added" => "Child added",
        "changed" => "Changes saved",
        "sibling" => "Sibling linked",
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!User.IsInRole(ChildAccess.Editors)) return Forbid();
        await ChildRecords.LinkSiblingAsync(db, Child, SiblingCaseReference, ct);
        return Redirect($"/children/{id}?saved=sibling");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!scope.IsAuthority) return false;
        var child = await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (child is null) return false;
        Child = child;
        var siblingIds = await ChildRecords.SiblingIds(db, id).ToListAsync(ct);
        Siblings = await db.Children.AsNoTracking().Where(c => siblingIds.Contains(c.Id)).OrderBy(c => c.DateOfBirth)
            .Select(c => new SiblingRow(c.Id, c.GivenName + " " + c.FamilyName, c.CaseReference)).ToListAsync(ct);
        Referrals = await db.Referrals.AsNoTracking().Where(r => r.Children.Any(c => c.ChildId == id)).OrderByDescending(r => r.Id)
            .Select(r => new ReferralRow(r.Id, r.Status, r.CreatedOn, r.NeededFrom)).ToListAsync(ct);
        return true;
    }
}
