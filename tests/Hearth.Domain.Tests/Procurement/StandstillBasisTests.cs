using Hearth.Domain.Procurement;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Procurement;

/// <summary>The standstill rule as letters state it matches the rule Hearth computes.</summary>
public class StandstillBasisTests
{
    [Fact]
    public void Pcr_2015_cites_regulation_87_and_10_calendar_days_after_electronic_sending()
    {
        var text = Standstill.Basis(ProcurementRegime.Pcr2015LightTouch);
        Assert.Contains("regulation 87 of the Public Contracts Regulations 2015", text);
        Assert.Contains("10th calendar day after this notice was sent electronically", text);
        Assert.Equal(10, Standstill.Pcr2015CalendarDays);
        // Sent Monday 10 January 2022: the 10th day after is Thursday 20 January.
        Assert.Equal(D("2022-01-20"), Standstill.EndDate(ProcurementRegime.Pcr2015LightTouch, D("2022-01-10"), EnglandAndWalesBankHolidays.All));
    }

    [Theory]
    [InlineData(ProcurementRegime.Pa2023ClosedFramework)]
    [InlineData(ProcurementRegime.Pa2023OpenFramework)]
    public void Procurement_act_cites_section_51_and_8_working_days_beginning_with_publication(ProcurementRegime regime)
    {
        var text = Standstill.Basis(regime);
        Assert.Contains("section 51 of the Procurement Act 2023", text);
        Assert.Contains("8 working days beginning with the day the contract award notice was published", text);
        Assert.Equal(8, Standstill.Pa2023WorkingDays);
        Assert.Equal(D("2025-06-11"), Standstill.EndDate(regime, D("2025-06-02"), EnglandAndWalesBankHolidays.All));
    }
}
