namespace Hearth.Domain.Finance;

/// <summary>Nights of a UASC placement with no grant: from (inclusive) to (exclusive), and why.</summary>
public readonly record struct UascGrantGap(DateOnly From, DateOnly ToExclusive, int Nights, UascGrantGapReason Reason);
