using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Sourcing;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hearth.Web.Features.Households;

/// <summary>
/// The register entry's fields as a form, shared by "Add a household" and a household's own page (rendered by the
/// _HouseholdFields partial). The domain checks the same rules again (<see cref="CarerHousehold.UpdateProfile"/>).
/// </summary>
public class HouseholdForm
{
    public static readonly List<SelectListItem> ApprovalOptions =
        [.. Enum.GetValues<HouseholdApprovals>().Where(a => a != HouseholdApprovals.None).Select(a => new SelectListItem(Capital(HouseholdApproval.Name(a)), a.ToString()))];
    public static readonly List<SelectListItem> SkillOptions =
        [.. HouseholdSkill.All.Select(s => new SelectListItem(Capital(HouseholdSkill.Name(s)), s.ToString()))];
    public static readonly List<SelectListItem> YesNo = [new("Yes", "true"), new("No", "false")];

    [MinLength(1, ErrorMessage = "Select at least one type of placement the household is approved for")]
    public List<string> Approvals { get; set; } = [];
    [Required(ErrorMessage = "Enter the number of approved places")]
    [Range(1, CarerHousehold.MaximumApprovedPlaces, ErrorMessage = "Approved places must be between {1} and {2}")]
    public int? ApprovedPlaces { get; set; }
    [Required(ErrorMessage = "Enter the number of vacant places")]
    [Range(0, CarerHousehold.MaximumApprovedPlaces, ErrorMessage = "Vacant places must be between {1} and {2}")]
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

    /// <summary>The profile to hand to the domain (call once the form's own checks have passed).</summary>
    public HouseholdProfile ToProfile() => new(Flags<HouseholdApprovals>(Approvals), ApprovedPlaces!.Value, VacantPlaces!.Value,
        AgeFrom!.Value, AgeTo!.Value, Flags<HouseholdSkills>(Skills), Languages, Religion, HasPets == "true", OtherChildrenAges, PostcodeDistrict);

    /// <summary>Fills the form from a household's register entry.</summary>
    public void Fill(CarerHousehold h)
    {
        ArgumentNullException.ThrowIfNull(h);
        Approvals = [.. ApprovalOptions.Where(o => h.Approvals.HasFlag(Enum.Parse<HouseholdApprovals>(o.Value))).Select(o => o.Value)];
        ApprovedPlaces = h.ApprovedPlaces;
        VacantPlaces = h.VacantPlaces;
        AgeFrom = h.AgeFrom;
        AgeTo = h.AgeTo;
        Skills = [.. SkillOptions.Where(o => h.Skills.HasFlag(Enum.Parse<HouseholdSkills>(o.Value))).Select(o => o.Value)];
        Languages = h.Languages;
        Religion = h.Religion;
        HasPets = h.HasPets ? "true" : "false";
        OtherChildrenAges = h.OtherChildrenAges;
        PostcodeDistrict = h.PostcodeDistrict;
    }

    private static T Flags<T>(IEnumerable<string> values) where T : struct, Enum =>
        (T)Enum.ToObject(typeof(T), values.Select(v => Enum.TryParse<T>(v, out var f) ? Convert.ToInt32(f, System.Globalization.CultureInfo.InvariantCulture) : 0).Aggregate(0, (a, b) => a | b));

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
