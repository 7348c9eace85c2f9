using Hearth.Domain.Placements;

namespace Hearth.Domain.Sourcing.CallOffs;

/// <summary>
/// Which lot a referral's needs fall under: parent and child; disability; separated (UASC) children; complex needs or
/// step-down (a step-down placement, risks to others, deprivation of liberty or an adapted home); otherwise standard.
/// When the framework has no lot of that category the broker is offered the standard lot, then any other.
/// </summary>
public static class CallOffLots
{
    public static PlacementCategory CategoryFor(Referral referral, IReadOnlyList<Child> children)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(children);
        if (referral.PlacementType == PlacementTypeSought.ParentAndChild) return PlacementCategory.ParentAndChild;
        if (children.Any(c => c.HasDisability) && referral.HomeAdaptation == true) return PlacementCategory.DisabilityOrComplexHealth;
        if (referral.PlacementType == PlacementTypeSought.StepDown) return PlacementCategory.EnhancedOrStepDown;
        if (children.Count > 0 && children.All(c => c.IsUasc)) return PlacementCategory.SeparatedChildren;
        if (referral.DeprivationOfLiberty == true || referral.HomeAdaptation == true
            || (referral.RisksToOthers is { } risks && risks != RisksToOthers.None))
            return PlacementCategory.ComplexNeeds;
        return PlacementCategory.Standard;
    }

    /// <summary>
    /// The lot to suggest among the framework's lots (number, category): the category's own lot; for categories a framework
    /// often folds into another, the lot that covers it (step-down and disability into complex needs); else standard; else the first.
    /// </summary>
    public static int? SuggestLot(PlacementCategory category, IReadOnlyCollection<(int Number, PlacementCategory Category)> lots)
    {
        ArgumentNullException.ThrowIfNull(lots);
        int? Find(PlacementCategory c) => lots.Where(l => l.Category == c).Select(l => (int?)l.Number).Min();
        return Find(category)
            ?? (category is PlacementCategory.EnhancedOrStepDown or PlacementCategory.DisabilityOrComplexHealth ? Find(PlacementCategory.ComplexNeeds) : null)
            ?? Find(PlacementCategory.Standard)
            ?? lots.Select(l => (int?)l.Number).Min();
    }
}
