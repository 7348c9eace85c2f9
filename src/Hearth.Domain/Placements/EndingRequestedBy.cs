namespace Hearth.Domain.Placements;

/// <summary>Who asked for a placement to end (the National Contract's measure of unplanned endings splits by this).</summary>
public enum EndingRequestedBy
{
    Carer = 1,
    Provider = 2,
    Authority = 3,
    Child = 4,
}
