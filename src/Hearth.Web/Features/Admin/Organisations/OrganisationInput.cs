using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Organisations;

namespace Hearth.Web.Features.Admin.Organisations;

/// <summary>The fields of an organisation form; which ones show depends on the kind of organisation.</summary>
public sealed class OrganisationInput
{
    [Required(ErrorMessage = "Enter the organisation’s name")]
    [StringLength(Organisation.NameMaxLength, ErrorMessage = "Name must be 200 characters or fewer")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter a short name")]
    [StringLength(Organisation.ShortNameMaxLength, ErrorMessage = "Short name must be 40 characters or fewer")]
    public string ShortName { get; set; } = "";

    public string? OnsCode { get; set; }

    [Range(1, 500, ErrorMessage = "Number of electoral divisions must be between 1 and 500")]
    public int? ElectoralDivisions { get; set; }

    public string? BrandColour { get; set; }

    public string? OfstedUrn { get; set; }

    public ProviderSector? Sector { get; set; }

    public string? RegisteredOffice { get; set; }

    public int Version { get; set; }
}
