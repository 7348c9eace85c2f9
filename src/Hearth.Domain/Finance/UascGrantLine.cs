using Hearth.Domain.Common;

namespace Hearth.Domain.Finance;

/// <summary>A run of nights in one financial year at one nightly rate: from (inclusive) to (exclusive).</summary>
public readonly record struct UascGrantLine(
    FinancialYear Year, UascAgeBand AgeBand, DateOnly From, DateOnly ToExclusive, int Nights, Money NightlyRate, Money Amount);
