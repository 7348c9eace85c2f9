using Hearth.Domain.Placements;

namespace Hearth.Web.Data.Demo;

/// <summary>
/// Why generated placements ended, in roughly the proportions seen nationally: about two in three planned (the care plan),
/// the rest unplanned, mostly at the carer's request.
/// </summary>
public static class DemoEndings
{
    private static readonly (int UpTo, string Code, bool Planned, EndingRequestedBy By)[] Table =
    [
        (65, "CARPL", true, EndingRequestedBy.Authority),
        (77, "CREQB", false, EndingRequestedBy.Carer),
        (83, "CREQO", false, EndingRequestedBy.Carer),
        (88, "CHILD", false, EndingRequestedBy.Child),
        (92, "LAREQ", false, EndingRequestedBy.Authority),
        (94, "STAND", false, EndingRequestedBy.Provider),
        (96, "ALLEG", false, EndingRequestedBy.Authority),
        (98, "CLOSE", false, EndingRequestedBy.Provider),
        (100, "OTHER", false, EndingRequestedBy.Authority),
    ];

    /// <summary>The ending for a number drawn anywhere from 0 upwards (only its remainder by 100 counts).</summary>
    public static void Apply(Placement placement, DateOnly leftOn, int draw)
    {
        var roll = Math.Abs(draw % 100);
        var (_, code, planned, by) = Table.First(t => roll < t.UpTo);
        placement.End(leftOn, code, planned, by);
    }
}
