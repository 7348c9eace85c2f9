using System.Globalization;
using Hearth.Domain.Organisations;
using Hearth.Domain.Procurement;

namespace Hearth.Web.Features.Frameworks;

/// <summary>How frameworks are worded on the pages and in the API.</summary>
public static class FrameworkText
{
    public static string Regime(ProcurementRegime regime) => regime switch
    {
        ProcurementRegime.Pcr2015LightTouch => "Public Contracts Regulations 2015 (light-touch regime)",
        ProcurementRegime.Pa2023ClosedFramework => "Procurement Act 2023: closed framework",
        ProcurementRegime.Pa2023OpenFramework => "Procurement Act 2023: open framework",
        _ => regime.ToString(),
    };

    /// <summary>"Not started", "In force" or "Ended" on <paramref name="today"/>.</summary>
    public static string Status(DateOnly start, DateOnly endInForce, DateOnly today) =>
        today < start ? "Not started" : today <= endInForce ? "In force" : "Ended";

    public static string Grade(OfstedGrade? grade) => grade switch
    {
        OfstedGrade.Outstanding => "Outstanding",
        OfstedGrade.Good => "Good",
        OfstedGrade.RequiresImprovement => "Requires improvement",
        OfstedGrade.Inadequate => "Inadequate",
        _ => "Not inspected",
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
