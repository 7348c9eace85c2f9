using Hearth.Domain.Sourcing.Decisions;

namespace Hearth.Web.Features.Sourcing;

/// <summary>What a source contributes to a referral's comparison: options, and the providers it asked (for the record).</summary>
public sealed record SelectionOptions(IReadOnlyList<DecisionOption> Options, IReadOnlyList<DecisionAsk> Asks)
{
    public static SelectionOptions Empty { get; } = new([], []);
}
