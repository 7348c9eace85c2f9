namespace Hearth.Domain.Placements;

public enum FundingSource
{
    BaseBudget = 1,
    UascGrant = 2,
}
