namespace Hearth.Domain.Common;

/// <summary>The nights of a placement that fall in one financial year and what they cost.</summary>
public readonly record struct YearCost(FinancialYear Year, int Nights, Money Cost);
