namespace Hearth.Domain.Placements;

/// <summary>
/// Who pays. A placement has a main source (base budget or UASC grant); a funding split can move part of its fee to any
/// other source for a period (ADR 0019), and each additional cost names its own.
/// </summary>
public enum FundingSource
{
    BaseBudget = 1,
    UascGrant = 2,
    EducationContribution = 3,
    HealthContribution = 4,
}
