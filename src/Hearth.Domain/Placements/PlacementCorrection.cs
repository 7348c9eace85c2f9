namespace Hearth.Domain.Placements;

/// <summary>
/// A correction to a placement's past: a fee or a date recorded wrongly. Kept beside the placement so that a report that
/// moved can be explained ("the 2024-25 spend fell because the end date was corrected").
/// </summary>
public sealed class PlacementCorrection
{
    private PlacementCorrection() { }

    internal PlacementCorrection(string field, string oldValue, string newValue, string reason, DateOnly recordedOn)
    {
        Field = field;
        OldValue = oldValue;
        NewValue = newValue;
        Reason = reason;
        RecordedOn = recordedOn;
    }

    public int Id { get; private set; }
    public int PlacementId { get; private set; }
    public string Field { get; private set; } = "";
    public string OldValue { get; private set; } = "";
    public string NewValue { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public DateOnly RecordedOn { get; private set; }
}
