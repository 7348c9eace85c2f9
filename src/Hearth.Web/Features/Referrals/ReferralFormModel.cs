using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Referrals;

/// <summary>
/// A question page of the referral form: loads a draft (or returned) referral of the user's authority, saves the answers
/// of this page against the version it was shown with (so nothing is lost and nothing overwritten), then goes to the next
/// question, or back to "Check your answers" when the page was opened from a Change link.
/// </summary>
[Authorize(Roles = ReferralAccess.Authors)]
public abstract class ReferralFormModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<(string Slug, string Title)> Steps =
    [
        ("timing", "When and what kind of placement"),
        ("needs", "What the child needs"),
        ("living", "Living arrangements"),
        ("risks", "Risks"),
        ("location", "Location"),
    ];

    public Referral Referral { get; private set; } = null!;
    public List<string> ChildNames { get; private set; } = [];

    /// <summary>Opened from a Change link on "Check your answers": go back there after saving.</summary>
    [BindProperty(SupportsGet = true)] public bool Change { get; set; }

    protected HearthDb Db => db;
    protected DateOnly Today => London.Today(clock);

    public abstract string Slug { get; }
    public int StepNumber => Steps.Select(s => s.Slug).ToList().IndexOf(Slug) + 1;
    public string StepTitle => Steps[StepNumber - 1].Title;
    public string BackLink => Change || StepNumber == 1 ? $"/referrals/{Referral.Id}/check" : $"/referrals/{Referral.Id}/{Steps[StepNumber - 2].Slug}";

    /// <summary>The referral, or false (answer 404) when it is not the user's authority's or can no longer change.</summary>
    protected async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!scope.IsAuthority) return false;
        var referral = await db.Referrals.Include(r => r.Children).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null) return false;
        Referral = referral;
        var ids = referral.Children.Select(c => c.ChildId).ToList();
        ChildNames = await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.DateOfBirth)
            .Select(c => c.GivenName + " " + c.FamilyName).ToListAsync(ct);
        return true;
    }

    /// <summary>Shown when the referral has been submitted or signed off: the form is closed, the details page says why.</summary>
    protected IActionResult Closed() => Redirect($"/referrals/{Referral.Id}");

    protected async Task<IActionResult> SaveAndContinueAsync(int shownVersion, CancellationToken ct)
    {
        db.Entry(Referral).Property(r => r.Version).OriginalValue = shownVersion;
        await db.SaveChangesAsync(ct);
        var next = Change || StepNumber == Steps.Count ? "check" : Steps[StepNumber].Slug;
        return Redirect($"/referrals/{Referral.Id}/{next}");
    }
}
