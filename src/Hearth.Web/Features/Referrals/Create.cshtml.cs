using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Web.Data;
using Hearth.Web.Features.Children;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Referrals;

/// <summary>The first question: which child, or which siblings to place together. Starting saves a draft.</summary>
[Authorize(Roles = ReferralAccess.Authors)]
public sealed class CreateModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the case reference of at least one child")]
        public string? Children { get; set; }
    }

    public string? Hint { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? childId, CancellationToken ct)
    {
        if (!scope.IsAuthority) return NotFound();
        if (childId is { } id && await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is { } child)
        {
            var siblingIds = await ChildRecords.SiblingIds(db, id).ToListAsync(ct);
            var siblings = await db.Children.AsNoTracking().Where(c => siblingIds.Contains(c.Id)).Select(c => c.CaseReference).ToListAsync(ct);
            Input.Children = string.Join(" ", [child.CaseReference, .. siblings]);
            if (siblings.Count > 0) Hint = "The child's linked siblings are included. Remove any who are not to be placed together.";
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!scope.IsAuthority) return NotFound();
        if (!ModelState.IsValid) return Page();
        var children = await ReferralRecords.ChildrenByReferenceAsync(db, Input.Children!.Split([' ', ',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), ct);
        var referral = await ReferralRecords.StartAsync(db, scope, children, London.Today(clock), ct);
        return Redirect($"/referrals/{referral.Id}/timing");
    }
}
