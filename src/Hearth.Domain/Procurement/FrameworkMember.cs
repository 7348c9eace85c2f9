namespace Hearth.Domain.Procurement;

/// <summary>A provider admitted to a framework (per lot and rank once the procurement issue adds lots).</summary>
public sealed class FrameworkMember
{
    private FrameworkMember() { }

    internal FrameworkMember(int providerId, DateOnly joinedOn)
    {
        ProviderId = providerId;
        JoinedOn = joinedOn;
    }

    public int Id { get; private set; }
    public int FrameworkId { get; private set; }
    public int ProviderId { get; private set; }
    public DateOnly JoinedOn { get; private set; }
}
