using Hearth.Domain.Common;

namespace Hearth.Domain.Sourcing;

/// <summary>
/// The Placements Data Standard v2 option strings (exactly as /shared/standards/placements-standard/placements.json
/// spells them) for Hearth's referral answers, both ways. Parsing an unknown option throws against the field path given.
/// </summary>
public static class PlacementsStandard
{
    public const string Version = "v2";

    public static readonly IReadOnlyDictionary<PlacementUrgency, string> NeededBy = new Dictionary<PlacementUrgency, string>
    {
        [PlacementUrgency.Today] = "Today", [PlacementUrgency.WithinFiveDays] = "in less than 5 days", [PlacementUrgency.MoreThanFiveDays] = "in more than 5 days",
    };

    public static readonly IReadOnlyDictionary<CommunicationNeeds, string> Communication = new Dictionary<CommunicationNeeds, string>
    {
        [Sourcing.CommunicationNeeds.Yes] = "Y", [Sourcing.CommunicationNeeds.No] = "N", [Sourcing.CommunicationNeeds.NotSpecified] = "Not Specified",
    };

    public static readonly IReadOnlyDictionary<CommunicationRequirements, string> CommunicationRequirement = new Dictionary<CommunicationRequirements, string>
    {
        [CommunicationRequirements.Esol] = "ESOL", [CommunicationRequirements.Bsl] = "BSL", [CommunicationRequirements.Makaton] = "Makaton",
        [CommunicationRequirements.Other] = "Other",
    };

    public const string NoCommunicationRequirement = "None";

    public static readonly IReadOnlyDictionary<CulturalNeeds, string> Cultural = new Dictionary<CulturalNeeds, string>
    {
        [CulturalNeeds.Required] = "Required", [CulturalNeeds.NotRequired] = "Not required", [CulturalNeeds.NotKnown] = "Not Known", [CulturalNeeds.Other] = "Other",
    };

    public static readonly IReadOnlyDictionary<LivingAlongside, string> LivingCompanions = new Dictionary<LivingAlongside, string>
    {
        [LivingAlongside.SoloPlacement] = "Solo placement recommended", [LivingAlongside.WithOtherChildren] = "With other children recommended",
        [LivingAlongside.OnlyOlderChildren] = "Only with other older children", [LivingAlongside.OnlyYoungerChildren] = "Only with other younger children",
        [LivingAlongside.NoPreference] = "No preference",
    };

    public static readonly IReadOnlyDictionary<PetsTolerance, string> Pets = new Dictionary<PetsTolerance, string>
    {
        [PetsTolerance.YesMust] = "Yes - must", [PetsTolerance.YesCan] = "Yes - can", [PetsTolerance.No] = "No", [PetsTolerance.NotKnown] = "Not Known",
    };

    public static readonly IReadOnlyDictionary<AdditionalSupport, string> Support = new Dictionary<AdditionalSupport, string>
    {
        [AdditionalSupport.AdditionalSupervision] = "additional supervision", [AdditionalSupport.TherapeuticSupport] = "therapeutic support",
        [AdditionalSupport.RespiteWorker] = "a worker for respite", [AdditionalSupport.TaxisToSchool] = "taxis to school",
        [AdditionalSupport.NotApplicable] = "NA", [AdditionalSupport.Other] = "other (please specify)",
    };

    public static readonly IReadOnlyDictionary<Suitability, string> Suitabilities = new Dictionary<Suitability, string>
    {
        [Suitability.Preferred] = "Preferred", [Suitability.SuitableNotPreferred] = "Suitable but not preferred",
        [Suitability.Unsuitable] = "Unsuitable", [Suitability.NotSpecified] = "Not specified",
    };

    public const string NoKnownRisk = "No known risk";
    public const string RiskPresent = "Risk Present";

    /// <summary>The standard's risk-to-child fields, by flag.</summary>
    public static readonly IReadOnlyList<(RisksToSelf Flag, string Field)> RiskToSelfFields =
    [
        (RisksToSelf.SelfHarm, "riskSelfHarm"), (RisksToSelf.SexualExploitation, "riskSexualExploitation"),
        (RisksToSelf.CriminalExploitation, "riskCriminalExploitation"), (RisksToSelf.DrugAndAlcoholUse, "riskDrugAlcohol"),
        (RisksToSelf.EatingDisorder, "riskEatingDisorder"), (RisksToSelf.GoingMissing, "riskMissing"),
    ];

    /// <summary>The standard's risk-to-others fields, by flag.</summary>
    public static readonly IReadOnlyList<(RisksToOthers Flag, string Field)> RiskToOthersFields =
    [
        (RisksToOthers.PhysicalHarm, "riskToOthersPhysical"), (RisksToOthers.SexualHarm, "riskToOthersSexual"),
        (RisksToOthers.FireSetting, "riskToOthersFire"), (RisksToOthers.HarmToAnimals, "riskToOthersAnimals"),
        (RisksToOthers.CriminalExploitation, "riskToOthersCriminal"),
    ];

    /// <summary>The value whose option string is <paramref name="text"/> (case-insensitive); null for null or empty.</summary>
    public static T? Parse<T>(IReadOnlyDictionary<T, string> options, string? text, string path) where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (var (value, option) in options)
            if (string.Equals(option, text.Trim(), StringComparison.OrdinalIgnoreCase)) return value;
        throw new DomainException(path, $"'{text}' is not an option of the Placements Data Standard: use one of {string.Join(", ", options.Values.Select(v => $"'{v}'"))}");
    }

    /// <summary>"Risk Present" → true, "No known risk" → false; anything else throws against <paramref name="path"/>.</summary>
    public static bool? ParseRisk(string? text, string path)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (string.Equals(text.Trim(), RiskPresent, StringComparison.OrdinalIgnoreCase)) return true;
        if (string.Equals(text.Trim(), NoKnownRisk, StringComparison.OrdinalIgnoreCase)) return false;
        throw new DomainException(path, $"'{text}' is not an option of the Placements Data Standard: use '{NoKnownRisk}' or '{RiskPresent}'");
    }
}
