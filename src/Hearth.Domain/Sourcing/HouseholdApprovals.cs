namespace Hearth.Domain.Sourcing;

/// <summary>The kinds of placement a carer household is approved for: one flag per <see cref="PlacementTypeSought"/>.</summary>
[Flags]
public enum HouseholdApprovals
{
    None = 0,
    Emergency = 1,
    ShortTerm = 2,
    LongTerm = 4,
    Respite = 8,
    ParentAndChild = 16,
    StepDown = 32,
}

/// <summary>Between the referral's placement type and a household's approvals.</summary>
public static class HouseholdApproval
{
    public const HouseholdApprovals All = HouseholdApprovals.Emergency | HouseholdApprovals.ShortTerm | HouseholdApprovals.LongTerm
        | HouseholdApprovals.Respite | HouseholdApprovals.ParentAndChild | HouseholdApprovals.StepDown;

    public static HouseholdApprovals For(PlacementTypeSought type) => type switch
    {
        PlacementTypeSought.Emergency => HouseholdApprovals.Emergency,
        PlacementTypeSought.ShortTerm => HouseholdApprovals.ShortTerm,
        PlacementTypeSought.LongTerm => HouseholdApprovals.LongTerm,
        PlacementTypeSought.Respite => HouseholdApprovals.Respite,
        PlacementTypeSought.ParentAndChild => HouseholdApprovals.ParentAndChild,
        PlacementTypeSought.StepDown => HouseholdApprovals.StepDown,
        _ => HouseholdApprovals.None,
    };

    public static string Name(HouseholdApprovals approval) => approval switch
    {
        HouseholdApprovals.Emergency => "emergency",
        HouseholdApprovals.ShortTerm => "short-term",
        HouseholdApprovals.LongTerm => "long-term",
        HouseholdApprovals.Respite => "respite",
        HouseholdApprovals.ParentAndChild => "parent and child",
        HouseholdApprovals.StepDown => "step-down",
        _ => "none",
    };

    /// <summary>"short-term, long-term" for the flags set, in the enum's order; "none" when none.</summary>
    public static string Names(HouseholdApprovals approvals)
    {
        var names = Enum.GetValues<HouseholdApprovals>().Where(a => a != HouseholdApprovals.None && approvals.HasFlag(a)).Select(Name).ToList();
        return names.Count == 0 ? "none" : string.Join(", ", names);
    }
}
