namespace Hearth.Domain.Procurement;

/// <summary>A variation extending a framework's term, e.g. the 2018 framework's two-month direct award to 31 March 2022.</summary>
public sealed class FrameworkExtension
{
    private FrameworkExtension() { }

    internal FrameworkExtension(DateOnly previousEnd, DateOnly newEnd, int keyDecisionId, string route, string reason)
    {
        PreviousEndDate = previousEnd;
        NewEndDate = newEnd;
        KeyDecisionId = keyDecisionId;
        Route = route;
        Reason = reason;
    }

    public int Id { get; private set; }
    public int FrameworkId { get; private set; }
    public DateOnly PreviousEndDate { get; private set; }
    public DateOnly NewEndDate { get; private set; }
    public int KeyDecisionId { get; private set; }
    /// <summary>How the extension was procured, e.g. "Direct award on existing terms and conditions".</summary>
    public string Route { get; private set; } = "";
    public string Reason { get; private set; } = "";
}
