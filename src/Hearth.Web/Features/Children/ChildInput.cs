using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Sourcing;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hearth.Web.Features.Children;

/// <summary>The child form (add and edit): shape only; the codes and postcode are checked by <see cref="Child"/>.</summary>
public sealed class ChildInput
{
    [Required(ErrorMessage = "Enter the case reference")]
    public string? CaseReference { get; set; }

    [Required(ErrorMessage = "Enter the child's first name")]
    public string? GivenName { get; set; }

    [Required(ErrorMessage = "Enter the child's last name")]
    public string? FamilyName { get; set; }

    [Required(ErrorMessage = "Enter the child's date of birth")]
    public DateOnly? DateOfBirth { get; set; }

    [Required(ErrorMessage = "Select the child's sex")]
    public string? Sex { get; set; }

    [Required(ErrorMessage = "Select the child's ethnicity")]
    public string? Ethnicity { get; set; }

    public string? Religion { get; set; }
    public string? FirstLanguage { get; set; }
    public bool HasDisability { get; set; }
    public bool IsUasc { get; set; }

    [Required(ErrorMessage = "Select the child's legal status")]
    public string? LegalStatus { get; set; }

    public string? HomePostcode { get; set; }
    public string? School { get; set; }
    public int Version { get; set; }

    public ChildDetails ToDetails() => new(CaseReference, GivenName, FamilyName, DateOfBirth!.Value, Sex, Ethnicity, Religion, FirstLanguage,
        HasDisability, IsUasc, LegalStatus, HomePostcode, School);

    public static ChildInput From(Child c) => new()
    {
        CaseReference = c.CaseReference, GivenName = c.GivenName, FamilyName = c.FamilyName, DateOfBirth = c.DateOfBirth, Sex = c.Sex,
        Ethnicity = c.Ethnicity, Religion = c.Religion, FirstLanguage = c.FirstLanguage, HasDisability = c.HasDisability, IsUasc = c.IsUasc,
        LegalStatus = c.LegalStatus, HomePostcode = c.HomePostcode, School = c.School, Version = c.Version,
    };

    public static readonly List<SelectListItem> SexOptions = [new("Female", "F"), new("Male", "M"), new("Unknown or not recorded", "U")];

    public static List<SelectListItem> EthnicityOptions() =>
        [new("Select ethnicity", ""), .. Ssda903Codes.Ethnicities.Select(e => new SelectListItem($"{e.Description} ({e.Code})", e.Code))];

    public static List<SelectListItem> LegalStatusOptions() =>
        [new("Select legal status", ""), .. Ssda903Codes.LegalStatuses.Select(l => new SelectListItem($"{l.Code}: {l.Description}", l.Code))];
}
