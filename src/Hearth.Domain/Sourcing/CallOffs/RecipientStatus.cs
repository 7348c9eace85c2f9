namespace Hearth.Domain.Sourcing.CallOffs;

/// <summary>Where one provider is in a call-off.</summary>
public enum RecipientStatus
{
    /// <summary>In a cascade, not asked yet: waiting for the providers ranked above it.</summary>
    Queued = 1,
    /// <summary>Asked and not yet answered (see the deadline).</summary>
    Asked = 2,
    Offered = 3,
    Declined = 4,
    /// <summary>The deadline passed with no answer.</summary>
    Lapsed = 5,
    /// <summary>Never asked: the call-off was settled before the cascade reached it.</summary>
    NotAsked = 6,
}
