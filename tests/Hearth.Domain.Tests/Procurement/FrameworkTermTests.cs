using Hearth.Domain.Procurement;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Procurement;

public class FrameworkTermTests
{
    [Theory]
    [InlineData(ProcurementRegime.Pcr2015LightTouch, 4)]
    [InlineData(ProcurementRegime.Pa2023ClosedFramework, 4)]
    [InlineData(ProcurementRegime.Pa2023OpenFramework, 8)]
    public void MaximumTermYears_ByRegime(ProcurementRegime regime, int years) => Assert.Equal(years, Framework.MaximumTermYears(regime));

    [Theory]
    [InlineData(ProcurementRegime.Pcr2015LightTouch, "2022-04-01", "2026-03-31", false)] // exactly 4 years
    [InlineData(ProcurementRegime.Pcr2015LightTouch, "2022-04-01", "2026-04-01", true)] // 4 years and a day
    [InlineData(ProcurementRegime.Pa2023ClosedFramework, "2025-04-01", "2029-03-31", false)]
    [InlineData(ProcurementRegime.Pa2023ClosedFramework, "2025-04-01", "2029-04-01", true)]
    [InlineData(ProcurementRegime.Pa2023OpenFramework, "2025-04-01", "2029-04-01", false)] // an open framework may run longer
    [InlineData(ProcurementRegime.Pa2023OpenFramework, "2025-04-01", "2033-03-31", false)] // exactly 8 years
    [InlineData(ProcurementRegime.Pa2023OpenFramework, "2025-04-01", "2033-04-01", true)] // 8 years and a day
    [InlineData(ProcurementRegime.Pcr2015LightTouch, "2024-02-29", "2028-02-28", false)] // from a leap day: to 28 February
    [InlineData(ProcurementRegime.Pcr2015LightTouch, "2024-02-29", "2028-02-29", true)]
    [InlineData(ProcurementRegime.Pcr2015LightTouch, "2024-03-01", "2028-02-29", false)] // to the day before 1 March 2028
    public void ExceedsMaximumTerm_AtTheEdge(ProcurementRegime regime, string start, string end, bool exceeds) =>
        Assert.Equal(exceeds, Framework.ExceedsMaximumTerm(regime, D(start), D(end)));

    [Fact]
    public void ExceedsMaximumTerm_TheSeedsExtension_CountsTheExtendedTerm()
    {
        var framework = Framework.Establish("KM-IFP-2018", "Kent and Medway IFP framework", ProcurementRegime.Pcr2015LightTouch,
            D("2018-02-01"), D("2022-01-31"), 1, [2], keyDecisionId: null);
        Assert.False(framework.ExceedsMaximumTerm());

        framework.Extend(D("2022-03-31"), 7, "Direct award on existing terms and conditions", "Align the new framework to financial years");

        Assert.True(framework.ExceedsMaximumTerm());
        Assert.Equal(D("2022-01-31"), Framework.MaximumEndDate(framework.Regime, framework.StartDate));
    }
}
