using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hearth.Web.Features.Finance;

/// <summary>The form of a UASC grant rate (add and change), in the domain's field names.</summary>
public sealed class UascRateInput
{
    [Required(ErrorMessage = "Select the age band")]
    public UascAgeBand? AgeBand { get; set; }

    [Required(ErrorMessage = "Enter the date the rate starts")]
    public DateOnly? EffectiveFrom { get; set; }

    public DateOnly? EffectiveTo { get; set; }

    [Required(ErrorMessage = "Enter the nightly rate")]
    public string? NightlyRate { get; set; }

    public int Version { get; set; }

    /// <summary>The rate typed, or a field error "NightlyRate" when it is not an amount.</summary>
    public Money Rate() => Money.TryParse(NightlyRate, out var money)
        ? money
        : throw new DomainException(nameof(NightlyRate), "Enter the nightly rate in pounds and pence, like £143.00");

    public static readonly List<SelectListItem> BandOptions =
        Enum.GetValues<UascAgeBand>().Select(b => new SelectListItem(UascAgeBands.Name(b), b.ToString())).ToList();
}
