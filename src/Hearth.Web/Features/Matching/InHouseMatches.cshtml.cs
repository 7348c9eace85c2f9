using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Matching;
using Hearth.Web.Data;
using Hearth.Web.Features.Referrals;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Matching;

/// <summary>In-house first: the broker ranks the authority's own households for a signed-off referral by the match score.</summary>
[Authorize(Roles = Roles.Broker)]
public sealed class InHouseMatchesModel(HearthDb db, TimeProvider clock) : PageModel
{
    /// <summary>Excluded households listed on the page (the rest are counted).</summary>
    public const int ExcludedShown = 100;

    public static readonly List<SelectListItem> SkillOptions = Households.HouseholdForm.SkillOptions;

    [BindProperty(SupportsGet = true)] public PlacementTypeSought? PlacementType { get; set; }
    [BindProperty(SupportsGet = true)] public int? Age { get; set; }
    [BindProperty(SupportsGet = true)] public int? MinimumVacantPlaces { get; set; }
    [BindProperty(SupportsGet = true)] public List<string> Skills { get; set; } = [];
    [BindProperty(SupportsGet = true)] public int? MaximumMiles { get; set; }

    public InHouseSearch? Search { get; private set; }
    public string? Refusal { get; private set; }
    public int ReferralId { get; private set; }

    public List<SelectListItem> PlacementTypeOptions =>
        [.. ReferralText.PlacementTypeOptions.Select(o => new SelectListItem(o.Text, o.Value, o.Value == (PlacementType ?? Search?.Request.PlacementType)?.ToString()))];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        ReferralId = id;
        var skills = Skills.Select(s => Enum.TryParse<HouseholdSkills>(s, out var f) ? f : HouseholdSkills.None).Aggregate(HouseholdSkills.None, (a, b) => a | b);
        try
        {
            Search = await MatchingData.InHouseAsync(db, id, new InHouseFilters(PlacementType, Age, MinimumVacantPlaces, skills, MaximumMiles), London.Today(clock), ct);
            if (Search is null) return NotFound();
        }
        catch (DomainException e) when (e.Field == nameof(Referral.Status))
        {
            if (!await db.Referrals.AnyAsync(r => r.Id == id, ct)) return NotFound();
            Refusal = e.Message;
        }
        return Page();
    }

    public static string Points(double points) => points.ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
