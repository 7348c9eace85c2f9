using System.Globalization;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement.Tendering;

namespace Hearth.Web.Features.Tenders;

/// <summary>How tenders, lots and bids are worded on the pages, in exports and in the API.</summary>
public static class TenderText
{
    public static string Category(PlacementCategory category) => category switch
    {
        PlacementCategory.Standard => "Standard fostering",
        PlacementCategory.ComplexNeeds => "Complex needs",
        PlacementCategory.DisabilityOrComplexHealth => "Disability or complex health",
        PlacementCategory.ParentAndChild => "Parent and child",
        PlacementCategory.SeparatedChildren => "Separated children (UASC)",
        PlacementCategory.EnhancedOrStepDown => "Enhanced and step-down",
        _ => category.ToString(),
    };

    public static string Status(TenderStatus status) => status switch
    {
        TenderStatus.Draft => "Draft",
        TenderStatus.Published => "Open for bids",
        TenderStatus.Opened => "Bids opened",
        TenderStatus.Awarded => "Awarded",
        TenderStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    public static string StatusTagClass(TenderStatus status) => status switch
    {
        TenderStatus.Draft => "govuk-tag--grey",
        TenderStatus.Published => "govuk-tag--blue",
        TenderStatus.Opened => "govuk-tag--yellow",
        TenderStatus.Awarded => "govuk-tag--green",
        _ => "govuk-tag--red",
    };

    public static string BidStatus(Hearth.Domain.Procurement.Tendering.BidStatus status) => status switch
    {
        Hearth.Domain.Procurement.Tendering.BidStatus.Draft => "Draft",
        Hearth.Domain.Procurement.Tendering.BidStatus.Submitted => "Submitted",
        Hearth.Domain.Procurement.Tendering.BidStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };

    public static string Method(PriceScoringMethod method) => method switch
    {
        PriceScoringMethod.RelativeToLowest => "Relative to the lowest compliant price",
        PriceScoringMethod.AffordabilityCeiling => "Against the published affordability ceiling",
        _ => method.ToString(),
    };

    public static string Indexation(Indexation rule) => rule.Kind switch
    {
        IndexationKind.None => "None: prices are firm for the term",
        IndexationKind.FixedPercent => $"{Percent(rule.RateBasisPoints)} a year, each 1 April",
        IndexationKind.CpiCapped => $"CPI each 1 April, capped at {Percent(rule.CapBasisPoints)}",
        _ => rule.Kind.ToString(),
    };

    public static string Percent(int basisPoints) =>
        (basisPoints / 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>"19 November 2021 at 12:00pm" in London time, as GOV.UK writes times.</summary>
    public static string Instant(DateTimeOffset instant)
    {
        var local = London.ToLondon(instant);
        var time = local.Minute == 0 && local.Hour == 12 ? "midday"
            : local.Minute == 0 && local.Hour == 0 ? "midnight"
            : local.ToString("h:mmtt", CultureInfo.InvariantCulture).ToLowerInvariant();
        return local.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) + " at " + time;
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Score(decimal? score) => score is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) : "–";
}
