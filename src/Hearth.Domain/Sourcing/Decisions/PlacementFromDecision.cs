using Hearth.Domain.Common;
using Hearth.Domain.Placements;

namespace Hearth.Domain.Sourcing.Decisions;

/// <summary>
/// Creates the placements a frozen call-off decision awards (one per child of the referral), setting each field by rule:
/// <list type="bullet">
/// <item>Route: in-house when the chosen household's owner is the authority; framework when the offer came through the
/// framework; spot for a spot purchase.</item>
/// <item>Key service line and funding: a UASC child → Asylum, funded by the UASC grant; otherwise a disabled child →
/// Looked After Children with Disability; otherwise Looked After Children (the fostering default), base budget.</item>
/// <item>Category: UASC → separated children; disabled → disability or complex health; parent and child and step-down by
/// the placement type sought; otherwise standard.</item>
/// <item>Start: the later of the referral's needed-from date and the option's earliest start, and never before today.</item>
/// <item>Weekly fee: the chosen option's weekly fee, for each child.</item>
/// </list>
/// Finance can change the key service line and funding afterwards (<see cref="Placement.Recode"/>).
/// </summary>
public static class PlacementFromDecision
{
    /// <summary>The facts about a child the rule needs.</summary>
    public sealed record ChildFacts(int ChildId, bool IsUasc, bool HasDisability);

    public static (KeyServiceLine Line, FundingSource Funding) FundingFor(bool isUasc, bool hasDisability) =>
        isUasc ? (KeyServiceLine.Asylum, FundingSource.UascGrant)
        : hasDisability ? (KeyServiceLine.LookedAfterChildrenWithDisability, FundingSource.BaseBudget)
        : (KeyServiceLine.LookedAfterChildren, FundingSource.BaseBudget);

    public static PlacementCategory CategoryFor(bool isUasc, bool hasDisability, PlacementTypeSought? type) =>
        isUasc ? PlacementCategory.SeparatedChildren
        : hasDisability ? PlacementCategory.DisabilityOrComplexHealth
        : type switch
        {
            PlacementTypeSought.ParentAndChild => PlacementCategory.ParentAndChild,
            PlacementTypeSought.StepDown => PlacementCategory.EnhancedOrStepDown,
            _ => PlacementCategory.Standard,
        };

    /// <summary>SSDA903 PLACE: U4 for long-term fostering with other carers, otherwise U6.</summary>
    public static string PlaceCodeFor(PlacementTypeSought? type) => type == PlacementTypeSought.LongTerm ? "U4" : "U6";

    public static PlacementRoute RouteFor(DecisionOptionKind kind, int authorityId, int? householdOwnerId) => kind switch
    {
        DecisionOptionKind.InHouse when householdOwnerId == authorityId => PlacementRoute.InHouse,
        DecisionOptionKind.InHouse => throw new DomainException("ChosenKey", "An in-house option must be one of the authority's own households"),
        DecisionOptionKind.FrameworkOffer => PlacementRoute.Framework,
        DecisionOptionKind.Spot => PlacementRoute.Spot,
        _ => throw new DomainException("ChosenKey", "Select the option you are choosing"),
    };

    public static DateOnly StartFor(DateOnly? neededFrom, DateOnly? earliestStart, DateOnly today)
    {
        var start = today;
        if (neededFrom is { } n && n > start) start = n;
        if (earliestStart is { } e && e > start) start = e;
        return start;
    }

    /// <summary>The placements for a saved decision (its id is set), one per child.</summary>
    public static IReadOnlyList<Placement> Create(CallOffDecision decision, DecisionOption chosen, IReadOnlyList<ChildFacts> children,
        PlacementTypeSought? placementType, DateOnly? neededFrom, int? householdOwnerId, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(children);
        if (decision.Id == 0) throw new InvalidOperationException("Save the decision before creating its placements");
        if (chosen.Key != decision.ChosenKey) throw new DomainException("ChosenKey", "The option is not the one the decision chose");
        if (children.Count == 0) throw new DomainException("Children", "The referral has no children to place");
        var route = RouteFor(chosen.Kind, decision.AuthorityId, householdOwnerId);
        if (route == PlacementRoute.Framework && chosen.FrameworkId is null)
            throw new DomainException("FrameworkId", "A framework offer must name the framework it came through");
        var start = StartFor(neededFrom, chosen.EarliestStart, today);
        var placements = new List<Placement>(children.Count);
        foreach (var child in children)
        {
            var (line, funding) = FundingFor(child.IsUasc, child.HasDisability);
            var placement = Placement.Start(decision.AuthorityId, child.ChildId, route,
                route == PlacementRoute.InHouse ? null : chosen.ProviderId, chosen.HouseholdId,
                route == PlacementRoute.Framework ? chosen.FrameworkId : null,
                CategoryFor(child.IsUasc, child.HasDisability, placementType), PlaceCodeFor(placementType), line, funding,
                start, chosen.WeeklyFee, null);
            placement.LinkDecision(decision.Id);
            placements.Add(placement);
        }
        return placements;
    }
}
