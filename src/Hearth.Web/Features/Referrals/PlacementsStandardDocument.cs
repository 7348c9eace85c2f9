using System.Text.Json.Serialization;
using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;

namespace Hearth.Web.Features.Referrals;

/// <summary>
/// A referral as Placements Data Standard v2 JSON: one object per entity of the standard (PlacementAvailability,
/// PlacementRequirements, PlacementRecommendation, Risks, QualityAssurance) with the standard's field names and option
/// strings, plus a <c>hearth</c> object for what the standard has no field for (the date, the placement type, the needs
/// narrative, the location details including <c>hearth.schoolPostcodeDistrict</c>, and the sibling group's ids). The ActualPlacement entity belongs to the placement,
/// not the referral, and is not part of this document.
/// </summary>
public sealed record PlacementsStandardDocument
{
    public string Standard { get; init; } = "Placements Data Standard";
    public string Version { get; init; } = PlacementsStandard.Version;
    [JsonPropertyName("PlacementAvailability")] public AvailabilityPart? PlacementAvailability { get; init; }
    [JsonPropertyName("PlacementRequirements")] public RequirementsPart? PlacementRequirements { get; init; }
    [JsonPropertyName("PlacementRecommendation")] public RecommendationPart? PlacementRecommendation { get; init; }
    [JsonPropertyName("Risks")] public RisksPart? Risks { get; init; }
    [JsonPropertyName("QualityAssurance")] public QualityPart? QualityAssurance { get; init; }
    [JsonPropertyName("hearth")] public HearthPart? Hearth { get; init; }

    public sealed record AvailabilityPart(int ChildId, string? NeededBy, int? SiblingCount, string? PreferredLocation);

    public sealed record RequirementsPart(string? CommunicationNeeds, IReadOnlyList<string>? SpecificCommunicationRequirements, bool? HomeAdaptation,
        string? CulturalNeeds, string? LivingCompanions, string? Pets, string? AdditionalSupport, bool? DeprivationOfLiberty);

    public sealed record RecommendationPart(string? FosterCareSuitability, string? ResidentialCareSuitability, string? SupportedAccommodationSuitability);

    public sealed record RisksPart(
        string? RiskSelfHarm, string? RiskSexualExploitation, string? RiskCriminalExploitation, string? RiskDrugAlcohol, string? RiskEatingDisorder,
        string? RiskMissing, string? RiskOther, string? RiskToOthersPhysical, string? RiskToOthersSexual, string? RiskToOthersFire,
        string? RiskToOthersAnimals, string? RiskToOthersCriminal, string? RiskToOthersOther);

    public sealed record QualityPart(string? ReferralOfficerName, DateOnly? ReferralDate);

    public sealed record HearthPart(
        int? ReferralId, string? Status, int? Version, IReadOnlyList<int>? SiblingChildIds, DateOnly? NeededFrom, string? PlacementType, string? ChildNeeds,
        string? CommunicationDetails, string? CulturalNeedsDetails, string? AdditionalSupportDetails, bool? StayInArea, int? MaximumDistanceMiles,
        IReadOnlyList<string>? AreasToAvoid, string? SchoolToKeep, string? SchoolPostcodeDistrict = null);

    public static PlacementsStandardDocument From(Referral r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var ids = r.Children.Select(c => c.ChildId).ToList();
        string? Risk(bool? present) => present is null ? null : present.Value ? PlacementsStandard.RiskPresent : PlacementsStandard.NoKnownRisk;
        bool? Self(RisksToSelf flag) => r.RisksToSelf is { } v ? v.HasFlag(flag) : null;
        bool? Others(RisksToOthers flag) => r.RisksToOthers is { } v ? v.HasFlag(flag) : null;
        return new PlacementsStandardDocument
        {
            PlacementAvailability = new(ids[0], r.Urgency is { } u ? PlacementsStandard.NeededBy[u] : null, ids.Count - 1, Blank(r.PreferredLocation)),
            PlacementRequirements = new(
                r.CommunicationNeeds is { } c ? PlacementsStandard.Communication[c] : null,
                r.CommunicationRequirements switch
                {
                    null => null,
                    CommunicationRequirements.None => [PlacementsStandard.NoCommunicationRequirement],
                    { } f => [.. PlacementsStandard.CommunicationRequirement.Where(o => f.HasFlag(o.Key)).Select(o => o.Value)],
                },
                r.HomeAdaptation,
                r.CulturalNeeds is { } cn ? PlacementsStandard.Cultural[cn] : null,
                r.LivingAlongside is { } la ? PlacementsStandard.LivingCompanions[la] : null,
                r.Pets is { } p ? PlacementsStandard.Pets[p] : null,
                r.AdditionalSupport is { } s ? PlacementsStandard.Support[s] : null,
                r.DeprivationOfLiberty),
            PlacementRecommendation = new(PlacementsStandard.Suitabilities[r.FosterCareSuitability],
                PlacementsStandard.Suitabilities[r.ResidentialCareSuitability], PlacementsStandard.Suitabilities[r.SupportedAccommodationSuitability]),
            Risks = new(Risk(Self(RisksToSelf.SelfHarm)), Risk(Self(RisksToSelf.SexualExploitation)), Risk(Self(RisksToSelf.CriminalExploitation)),
                Risk(Self(RisksToSelf.DrugAndAlcoholUse)), Risk(Self(RisksToSelf.EatingDisorder)), Risk(Self(RisksToSelf.GoingMissing)), Blank(r.RiskToSelfOther),
                Risk(Others(RisksToOthers.PhysicalHarm)), Risk(Others(RisksToOthers.SexualHarm)), Risk(Others(RisksToOthers.FireSetting)),
                Risk(Others(RisksToOthers.HarmToAnimals)), Risk(Others(RisksToOthers.CriminalExploitation)), Blank(r.RiskToOthersOther)),
            QualityAssurance = new(Blank(r.AuthorName), r.CreatedOn),
            Hearth = new(r.Id, r.Status.ToString(), r.Version, ids.Skip(1).ToList(), r.NeededFrom, r.PlacementType?.ToString(), Blank(r.ChildNeeds),
                Blank(r.CommunicationDetails), Blank(r.CulturalNeedsDetails), Blank(r.AdditionalSupportDetails), r.StayInArea, r.MaximumDistanceMiles,
                r.AreasToAvoidList.Count == 0 ? null : r.AreasToAvoidList, Blank(r.SchoolToKeep), Blank(r.SchoolPostcodeDistrict)),
        };
    }

    /// <summary>The child ids the document is for: the lead child, then the siblings to place with them.</summary>
    public IReadOnlyList<int> ChildIds()
    {
        if (PlacementAvailability is null) throw new DomainException("PlacementAvailability.childId", "PlacementAvailability.childId is required");
        return [PlacementAvailability.ChildId, .. Hearth?.SiblingChildIds ?? []];
    }

    /// <summary>Applies the document's answers to a draft referral; a bad option is reported with its JSON path.</summary>
    public void ApplyTo(Referral referral, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var a = PlacementAvailability;
        var q = PlacementRequirements;
        var k = Risks;
        var h = Hearth;
        PlacementTypeSought? type = null;
        if (!string.IsNullOrWhiteSpace(h?.PlacementType))
            type = Enum.TryParse<PlacementTypeSought>(h.PlacementType, ignoreCase: true, out var t) && Enum.IsDefined(t) ? t
                : throw new DomainException("hearth.placementType", $"'{h.PlacementType}' is not a placement type: use one of {string.Join(", ", Enum.GetNames<PlacementTypeSought>())}");
        try
        {
            referral.SetTiming(PlacementsStandard.Parse(PlacementsStandard.NeededBy, a?.NeededBy, "PlacementAvailability.neededBy"), h?.NeededFrom, type, today);
        }
        catch (DomainException e) when (e.Field == nameof(Referral.NeededFrom))
        {
            throw new DomainException("hearth.neededFrom", e.Message);
        }
        CommunicationRequirements? requirements = null;
        if (q?.SpecificCommunicationRequirements is { } list)
        {
            requirements = CommunicationRequirements.None;
            foreach (var (item, index) in list.Select((item, index) => (item, index)))
            {
                if (string.Equals(item, PlacementsStandard.NoCommunicationRequirement, StringComparison.OrdinalIgnoreCase)) continue;
                requirements |= PlacementsStandard.Parse(PlacementsStandard.CommunicationRequirement, item,
                    $"PlacementRequirements.specificCommunicationRequirements[{index}]") ?? CommunicationRequirements.None;
            }
        }
        referral.SetNeeds(h?.ChildNeeds, PlacementsStandard.Parse(PlacementsStandard.Communication, q?.CommunicationNeeds, "PlacementRequirements.communicationNeeds"),
            requirements, h?.CommunicationDetails, q?.HomeAdaptation,
            PlacementsStandard.Parse(PlacementsStandard.Cultural, q?.CulturalNeeds, "PlacementRequirements.culturalNeeds"), h?.CulturalNeedsDetails);
        referral.SetLivingArrangements(
            PlacementsStandard.Parse(PlacementsStandard.LivingCompanions, q?.LivingCompanions, "PlacementRequirements.livingCompanions"),
            PlacementsStandard.Parse(PlacementsStandard.Pets, q?.Pets, "PlacementRequirements.pets"),
            PlacementsStandard.Parse(PlacementsStandard.Support, q?.AdditionalSupport, "PlacementRequirements.additionalSupport"),
            h?.AdditionalSupportDetails, q?.DeprivationOfLiberty);
        referral.SetRisks(SelfRisks(k), k?.RiskOther, OtherRisks(k), k?.RiskToOthersOther);
        try
        {
            referral.SetLocation(h?.StayInArea, h?.MaximumDistanceMiles, string.Join(' ', h?.AreasToAvoid ?? []), h?.SchoolToKeep, a?.PreferredLocation, h?.SchoolPostcodeDistrict);
        }
        catch (DomainException e)
        {
            throw new DomainException(e.Field switch
            {
                nameof(Referral.MaximumDistanceMiles) => "hearth.maximumDistanceMiles",
                nameof(Referral.AreasToAvoid) => "hearth.areasToAvoid",
                nameof(Referral.SchoolToKeep) => "hearth.schoolToKeep",
                "SchoolPostcode" => "hearth.schoolPostcodeDistrict",
                nameof(Referral.PreferredLocation) => "PlacementAvailability.preferredLocation",
                _ => e.Field,
            }, e.Message);
        }
        var rec = PlacementRecommendation;
        referral.SetRecommendation(
            PlacementsStandard.Parse(PlacementsStandard.Suitabilities, rec?.FosterCareSuitability, "PlacementRecommendation.fosterCareSuitability") ?? Suitability.Preferred,
            PlacementsStandard.Parse(PlacementsStandard.Suitabilities, rec?.ResidentialCareSuitability, "PlacementRecommendation.residentialCareSuitability") ?? Suitability.NotSpecified,
            PlacementsStandard.Parse(PlacementsStandard.Suitabilities, rec?.SupportedAccommodationSuitability, "PlacementRecommendation.supportedAccommodationSuitability") ?? Suitability.NotSpecified);
    }

    private static RisksToSelf? SelfRisks(RisksPart? k)
    {
        if (k is null) return null;
        var answers = new (string? Text, RisksToSelf Flag, string Field)[]
        {
            (k.RiskSelfHarm, RisksToSelf.SelfHarm, "riskSelfHarm"), (k.RiskSexualExploitation, RisksToSelf.SexualExploitation, "riskSexualExploitation"),
            (k.RiskCriminalExploitation, RisksToSelf.CriminalExploitation, "riskCriminalExploitation"), (k.RiskDrugAlcohol, RisksToSelf.DrugAndAlcoholUse, "riskDrugAlcohol"),
            (k.RiskEatingDisorder, RisksToSelf.EatingDisorder, "riskEatingDisorder"), (k.RiskMissing, RisksToSelf.GoingMissing, "riskMissing"),
        };
        if (answers.All(x => string.IsNullOrWhiteSpace(x.Text))) return null;
        var result = RisksToSelf.None;
        foreach (var (text, flag, field) in answers)
            if (PlacementsStandard.ParseRisk(text, $"Risks.{field}") == true) result |= flag;
        return result;
    }

    private static RisksToOthers? OtherRisks(RisksPart? k)
    {
        if (k is null) return null;
        var answers = new (string? Text, RisksToOthers Flag, string Field)[]
        {
            (k.RiskToOthersPhysical, RisksToOthers.PhysicalHarm, "riskToOthersPhysical"), (k.RiskToOthersSexual, RisksToOthers.SexualHarm, "riskToOthersSexual"),
            (k.RiskToOthersFire, RisksToOthers.FireSetting, "riskToOthersFire"), (k.RiskToOthersAnimals, RisksToOthers.HarmToAnimals, "riskToOthersAnimals"),
            (k.RiskToOthersCriminal, RisksToOthers.CriminalExploitation, "riskToOthersCriminal"),
        };
        if (answers.All(x => string.IsNullOrWhiteSpace(x.Text))) return null;
        var result = RisksToOthers.None;
        foreach (var (text, flag, field) in answers)
            if (PlacementsStandard.ParseRisk(text, $"Risks.{field}") == true) result |= flag;
        return result;
    }

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
