using Hearth.Domain.Sourcing;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hearth.Web.Features.Referrals;

/// <summary>Plain-English names for referral answers, and the options of the question pages.</summary>
public static class ReferralText
{
    public static string Status(ReferralStatus status) => status switch
    {
        ReferralStatus.Draft => "Draft",
        ReferralStatus.AwaitingSignOff => "Waiting for sign-off",
        ReferralStatus.SignedOff => "Signed off",
        ReferralStatus.Returned => "Returned with comments",
        _ => status.ToString(),
    };

    public static string StatusTag(ReferralStatus status) => status switch
    {
        ReferralStatus.Draft => "govuk-tag--grey",
        ReferralStatus.AwaitingSignOff => "govuk-tag--yellow",
        ReferralStatus.SignedOff => "govuk-tag--green",
        _ => "govuk-tag--red",
    };

    public static string Urgency(PlacementUrgency? u) => u switch
    {
        PlacementUrgency.Today => "Today",
        PlacementUrgency.WithinFiveDays => "In less than 5 days",
        PlacementUrgency.MoreThanFiveDays => "In more than 5 days",
        _ => "",
    };

    public static string PlacementType(PlacementTypeSought? t) => t switch
    {
        PlacementTypeSought.Emergency => "Emergency",
        PlacementTypeSought.ShortTerm => "Short-term",
        PlacementTypeSought.LongTerm => "Long-term",
        PlacementTypeSought.Respite => "Respite",
        PlacementTypeSought.ParentAndChild => "Parent and child",
        PlacementTypeSought.StepDown => "Step-down from residential care",
        _ => "",
    };

    public static string Communication(CommunicationNeeds? c) => c switch
    {
        CommunicationNeeds.Yes => "Yes", CommunicationNeeds.No => "No", CommunicationNeeds.NotSpecified => "Not specified", _ => "",
    };

    public static string Requirements(CommunicationRequirements? r) => r switch
    {
        null => "",
        CommunicationRequirements.None => "None",
        { } flags => string.Join(", ", PlacementsStandard.CommunicationRequirement.Where(o => flags.HasFlag(o.Key)).Select(o => o.Value)),
    };

    public static string Cultural(CulturalNeeds? c) => c switch
    {
        CulturalNeeds.Required => "Required", CulturalNeeds.NotRequired => "Not required", CulturalNeeds.NotKnown => "Not known", CulturalNeeds.Other => "Other", _ => "",
    };

    public static string Alongside(LivingAlongside? l) => l is { } v ? PlacementsStandard.LivingCompanions[v] : "";

    public static string Pets(PetsTolerance? p) => p switch
    {
        PetsTolerance.YesMust => "Yes, the child must live with pets",
        PetsTolerance.YesCan => "Yes, the child can live with pets",
        PetsTolerance.No => "No",
        PetsTolerance.NotKnown => "Not known",
        _ => "",
    };

    public static string Support(AdditionalSupport? s) => s switch
    {
        null => "",
        AdditionalSupport.NotApplicable => "None",
        AdditionalSupport.Other => "Other",
        { } v => char.ToUpperInvariant(PlacementsStandard.Support[v][0]) + PlacementsStandard.Support[v][1..],
    };

    public static string YesNo(bool? value) => value switch { true => "Yes", false => "No", null => "" };

    public static string RisksToSelf(RisksToSelf? r) => r switch
    {
        null => "",
        Domain.Sourcing.RisksToSelf.None => "No known risk",
        { } flags => string.Join(", ", RiskToSelfOptions.Select(o => (o.Text, Flag: Enum.Parse<RisksToSelf>(o.Value)))
            .Where(o => o.Flag != Domain.Sourcing.RisksToSelf.None && flags.HasFlag(o.Flag)).Select(o => o.Text)),
    };

    public static string RisksToOthers(RisksToOthers? r) => r switch
    {
        null => "",
        Domain.Sourcing.RisksToOthers.None => "No known risk",
        { } flags => string.Join(", ", RiskToOthersOptions.Select(o => (o.Text, Flag: Enum.Parse<RisksToOthers>(o.Value)))
            .Where(o => o.Flag != Domain.Sourcing.RisksToOthers.None && flags.HasFlag(o.Flag)).Select(o => o.Text)),
    };

    public static readonly List<SelectListItem> UrgencyOptions =
        [.. Enum.GetValues<PlacementUrgency>().Select(u => new SelectListItem(Urgency(u), u.ToString()))];
    public static readonly List<SelectListItem> PlacementTypeOptions =
        [.. Enum.GetValues<PlacementTypeSought>().Select(t => new SelectListItem(PlacementType(t), t.ToString()))];
    public static readonly List<SelectListItem> CommunicationOptions =
        [.. Enum.GetValues<CommunicationNeeds>().Select(c => new SelectListItem(Communication(c), c.ToString()))];
    public static readonly List<SelectListItem> RequirementOptions =
    [
        new("English for speakers of other languages (ESOL)", nameof(CommunicationRequirements.Esol)),
        new("British Sign Language (BSL)", nameof(CommunicationRequirements.Bsl)),
        new("Makaton", nameof(CommunicationRequirements.Makaton)),
        new("Other", nameof(CommunicationRequirements.Other)),
        new("None", nameof(CommunicationRequirements.None)),
    ];
    public static readonly List<SelectListItem> CulturalOptions =
        [.. Enum.GetValues<CulturalNeeds>().Select(c => new SelectListItem(Cultural(c), c.ToString()))];
    public static readonly List<SelectListItem> AlongsideOptions =
        [.. Enum.GetValues<LivingAlongside>().Select(l => new SelectListItem(Alongside(l), l.ToString()))];
    public static readonly List<SelectListItem> PetsOptions =
        [.. Enum.GetValues<PetsTolerance>().Select(p => new SelectListItem(Pets(p), p.ToString()))];
    public static readonly List<SelectListItem> SupportOptions =
        [.. Enum.GetValues<AdditionalSupport>().Select(s => new SelectListItem(Support(s), s.ToString()))];
    public static readonly List<SelectListItem> YesNoOptions = [new("Yes", "true"), new("No", "false")];
    public static readonly List<SelectListItem> RiskToSelfOptions =
    [
        new("Self-harm", nameof(Domain.Sourcing.RisksToSelf.SelfHarm)),
        new("Sexual exploitation", nameof(Domain.Sourcing.RisksToSelf.SexualExploitation)),
        new("Criminal exploitation", nameof(Domain.Sourcing.RisksToSelf.CriminalExploitation)),
        new("Drug and alcohol use", nameof(Domain.Sourcing.RisksToSelf.DrugAndAlcoholUse)),
        new("Eating disorder", nameof(Domain.Sourcing.RisksToSelf.EatingDisorder)),
        new("Going missing", nameof(Domain.Sourcing.RisksToSelf.GoingMissing)),
        new("No known risk", nameof(Domain.Sourcing.RisksToSelf.None)),
    ];
    public static readonly List<SelectListItem> RiskToOthersOptions =
    [
        new("Physical harm", nameof(Domain.Sourcing.RisksToOthers.PhysicalHarm)),
        new("Sexual harm", nameof(Domain.Sourcing.RisksToOthers.SexualHarm)),
        new("Fire-setting", nameof(Domain.Sourcing.RisksToOthers.FireSetting)),
        new("Harm to animals", nameof(Domain.Sourcing.RisksToOthers.HarmToAnimals)),
        new("Criminal exploitation", nameof(Domain.Sourcing.RisksToOthers.CriminalExploitation)),
        new("No known risk", nameof(Domain.Sourcing.RisksToOthers.None)),
    ];

    /// <summary>Combines the ticked boxes into flags; null when nothing was ticked (not answered).</summary>
    public static T? Flags<T>(IEnumerable<string>? ticked) where T : struct, Enum
    {
        var list = (ticked ?? []).Where(t => !string.IsNullOrEmpty(t)).ToList();
        if (list.Count == 0) return null;
        var value = 0;
        foreach (var t in list)
            if (Enum.TryParse<T>(t, out var flag)) value |= Convert.ToInt32(flag, System.Globalization.CultureInfo.InvariantCulture);
        return (T)Enum.ToObject(typeof(T), value);
    }

    /// <summary>The ticked boxes for stored flags ("None" when no flag is set).</summary>
    public static List<string> Ticked<T>(T? flags) where T : struct, Enum
    {
        if (flags is not { } f) return [];
        var value = Convert.ToInt32(f, System.Globalization.CultureInfo.InvariantCulture);
        if (value == 0) return ["None"];
        return [.. Enum.GetValues<T>().Where(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) != 0 && f.HasFlag(v)).Select(v => v.ToString())];
    }
}
