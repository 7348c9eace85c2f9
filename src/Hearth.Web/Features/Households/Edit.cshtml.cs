using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Households;

/// <summary>One household's register entry: saving it confirms its vacancies as current.</summary>
[Authorize(Roles = HouseholdRegister.Keepers)]
public sealed class EditModel(HearthDb db, TimeProvider clock) : PageModel
{
    public static readonly List<SelectListItem> ApprovalOptions =
        [.. Enum.GetValues<HouseholdApprovals>().Where(a => a != HouseholdApprovals.None).Select(a => new SelectListItem(Capital(HouseholdApproval.Name(a)), a.ToString()))];
    public static readonly List<SelectListItem> SkillOptions =
        [.. HouseholdSkill.All.Select(s => new SelectListItem(Capital(HouseholdSkill.Name(s)), s.ToString()))];
    public static readonly List<SelectListItem> YesNo = [new("Yes", "true"), new("No", "false")];

    [BindProperty] public InputModel Input { get; set; } = new();
    public CarerHousehold Household { get; private set; } = null!;
    public bool Stale { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Saved { get; set; }

    public sealed class InputModel
    {
        [MinLength(1, ErrorMessage = "Select at least one type of placement the household is approved for")]
        public List<string> Approvals { get; set; } = [];
        [Required(ErrorMessage = "Enter the number of approved places")] [Range(1, 6, ErrorMessage = "Approved places must be between 1 and 6")]
        public int? ApprovedPlaces { get; set; }
        [Required(ErrorMessage = "Enter the number of vacant places")] [Range(0, 6, ErrorMessage = "Vacant places must be between 0 and 6")]
        public int? VacantPlaces { get; set; }
        [Required(ErrorMessage = "Enter the youngest age the household is approved for")] [Range(0, 17, ErrorMessage = "Ages must be between 0 and 17")]
        public int? AgeFrom { get; set; }
        [Required(ErrorMessage = "Enter the oldest age the household is approved for")] [Range(0, 17, ErrorMessage = "Ages must be between 0 and 17")]
        public int? AgeTo { get; set; }
        public List<string> Skills { get; set; } = [];
        public string? Languages { get; set; }
        public string? Religion { get; set; }
        [Required(ErrorMessage = "Select whether the household has pets")]
        public string? HasPets { get; set; }
        public string? OtherChildrenAges { get; set; }
        [Required(ErrorMessage = "Enter the household's postcode district, like ME14")]
        public string? PostcodeDistrict { get; set; }
        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var h = Household;
        Input = new()
        {
            Approvals = [.. ApprovalOptions.Where(o => h.Approvals.HasFlag(Enum.Parse<HouseholdApprovals>(o.Value))).Select(o => o.Value)],
            ApprovedPlaces = h.ApprovedPlaces, VacantPlaces = h.VacantPlaces, AgeFrom = h.AgeFrom, AgeTo = h.AgeTo,
            Skills = [.. SkillOptions.Where(o => h.Skills.HasFlag(Enum.Parse<HouseholdSkills>(o.Value))).Select(o => o.Value)],
            Languages = h.Languages, Religion = h.Religion, HasPets = h.HasPets ? "true" : "false", OtherChildrenAges = h.OtherChildrenAges,
            PostcodeDistrict = h.PostcodeDistrict, Version = h.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var profile = new HouseholdProfile(Flags<HouseholdApprovals>(Input.Approvals), Input.ApprovedPlaces!.Value, Input.VacantPlaces!.Value,
            Input.AgeFrom!.Value, Input.AgeTo!.Value, Flags<HouseholdSkills>(Input.Skills), Input.Languages, Input.Religion, Input.HasPets == "true",
            Input.OtherChildrenAges, Input.PostcodeDistrict);
        return await SaveAsync(() => HouseholdRegister.UpdateAsync(db, id, profile, Input.Version, London.Today(clock), ct), id, "saved");
    }

    public async Task<IActionResult> OnPostConfirmAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (await HouseholdRegister.ConfirmAsync(db, [id], London.Today(clock), ct) is null) return NotFound();
        return Redirect($"/households/{id}?Saved=confirmed");
    }

    private async Task<IActionResult> SaveAsync(Func<Task<CarerHousehold?>> save, int id, string done)
    {
        try
        {
            await save();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Someone else changed this household while you were editing it. Nothing was saved: reload the page to see their changes.");
            return Page();
        }
        return Redirect($"/households/{id}?Saved={done}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.CarerHouseholds.AsNoTracking().SingleOrDefaultAsync(h => h.Id == id && h.OwnerOrganisationId == db.Scope.FilterOrganisationId, ct) is not { } h)
            return false;
        Household = h;
        Stale = h.IsStale(London.Today(clock));
        return true;
    }

    private static T Flags<T>(IEnumerable<string> values) where T : struct, Enum =>
        (T)Enum.ToObject(typeof(T), values.Select(v => Enum.TryParse<T>(v, out var f) ? Convert.ToInt32(f, System.Globalization.CultureInfo.InvariantCulture) : 0).Aggregate(0, (a, b) => a | b));

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
