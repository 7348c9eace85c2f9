namespace Hearth.Domain.Sourcing.Decisions;

/// <summary>Where an option considered for a referral came from.</summary>
public enum DecisionOptionKind
{
    /// <summary>One of the authority's own carer households.</summary>
    InHouse = 1,
    /// <summary>A framework provider's offer made through the call-off.</summary>
    FrameworkOffer = 2,
    /// <summary>A spot purchase opened on the referral.</summary>
    Spot = 3,
}
