namespace Hearth.Domain.Sourcing.Matching;

/// <summary>A hard constraint a household failed, and why, in a sentence.</summary>
public sealed record MatchExclusion(string Constraint, string Reason);

/// <summary>One weighted factor: the points it gave out of its weight, and a one-line explanation.</summary>
public sealed record MatchFactor(string Name, double Points, int MaxPoints, string Explanation);

/// <summary>
/// The score of one candidate for one referral. Excluded candidates carry every failed constraint and no factors;
/// the others carry every factor (in a fixed order) and their total out of 100.
/// </summary>
public sealed record MatchResult(bool Excluded, IReadOnlyList<MatchExclusion> Exclusions, IReadOnlyList<MatchFactor> Factors, double Total);

/// <summary>How many candidates passed the hard constraints, and the best of them, best first, each explained.</summary>
public sealed record MatchRanking(int Passed, IReadOnlyList<(MatchCandidate Candidate, MatchResult Result)> Top);
