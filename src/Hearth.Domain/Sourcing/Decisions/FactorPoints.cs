namespace Hearth.Domain.Sourcing.Decisions;

/// <summary>One factor of an option's match score: its points out of a maximum, and why.</summary>
public sealed record FactorPoints(string Name, int Points, int Maximum, string Explanation);
