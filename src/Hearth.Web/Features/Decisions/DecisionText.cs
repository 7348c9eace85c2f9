using System.Globalization;
using Hearth.Domain.Procurement;

namespace Hearth.Web.Features.Decisions;

/// <summary>How the register words a decision's status, its next step and its dates, for the pages and the API alike.</summary>
public static class DecisionText
{
    public static string Status(KeyDecisionStatus status) => status switch
    {
        KeyDecisionStatus.Proposed => "Proposed",
        KeyDecisionStatus.Published => "Published",
        KeyDecisionStatus.Made => "Made",
        KeyDecisionStatus.Implemented => "Implemented",
        _ => status.ToString(),
    };

    /// <summary>The one status a decision can move to next, or null once it is implemented.</summary>
    public static KeyDecisionStatus? Next(KeyDecisionStatus status) => status switch
    {
        KeyDecisionStatus.Proposed => KeyDecisionStatus.Published,
        KeyDecisionStatus.Published => KeyDecisionStatus.Made,
        KeyDecisionStatus.Made => KeyDecisionStatus.Implemented,
        _ => null,
    };

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "Not recorded";

    /// <summary>"Yes: value over £1m and affects more than two electoral divisions", or "No".</summary>
    public static string Key(IReadOnlyList<string> reasons) =>
        reasons.Count == 0 ? "No" : "Yes: " + string.Join(" and ", reasons);
}
