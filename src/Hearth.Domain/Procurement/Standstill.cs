namespace Hearth.Domain.Procurement;

/// <summary>
/// The standstill period after an award decision, during which the contract (or framework) must not be entered into.
/// <see cref="EndDate"/> is the last day of the period: it ends at midnight at the end of that day, so the contract can be
/// entered into from the next day.
/// </summary>
public static class Standstill
{
    /// <summary>Calendar days after the sending date under the Public Contracts Regulations 2015 (notices sent electronically).</summary>
    public const int Pcr2015CalendarDays = 10;

    /// <summary>Working days, beginning with the day of publication, under the Procurement Act 2023.</summary>
    public const int Pa2023WorkingDays = 8;

    /// <summary>
    /// The last day of the standstill period for an award notice sent (PCR 2015) or published (PA 2023) on
    /// <paramref name="awardNotice"/>.
    /// <para>
    /// PCR 2015, regulation 87: where the award notices are sent by fax or electronic means, the standstill period ends at
    /// midnight at the end of the 10th day after the relevant sending date (the 15th day when sent by other means, which
    /// Hearth never does: it sends notices electronically); and where that day is not a working day, the period is
    /// extended to midnight at the end of the next working day (Cabinet Office guidance and practitioners' worked
    /// examples, e.g. a notice sent on 23 March 2010 whose 10th day was Good Friday ran to Tuesday 6 April). The
    /// 10-day rule is regulation 87(2)(a); the move to the next working day is not in regulation 87 itself but comes from the
    /// EU time-limits rule (Regulation (EEC, Euratom) No 1182/71, a period ending on a Saturday, Sunday or public holiday
    /// ends at the end of the next working day) which the Regulations apply to their time periods. Checked in November 2026
    /// against the Civil Service procurement pathway summary of regulation 87 and the practitioners' examples; the
    /// paragraph numbers should still be read against legislation.gov.uk before being quoted to a bidder.
    /// </para>
    /// <para>
    /// PA 2023, section 51: the mandatory standstill period is eight working days beginning with the day on which the
    /// contract award notice is published, so the publication day counts when it is itself a working day. Working days
    /// here exclude weekends and the <paramref name="bankHolidays"/> given (England and Wales for Hearth's English
    /// authorities; the Act's own definition of "working day" in section 123 should be checked for procurements touching
    /// other parts of the United Kingdom: its definition may count bank holidays in any part of the United Kingdom).
    /// </para>
    /// </summary>
    /// <summary>The rule as the award page and the standstill letters state it, with its citation.</summary>
    public static string Basis(ProcurementRegime regime) => regime switch
    {
        ProcurementRegime.Pcr2015LightTouch =>
            "Under regulation 87 of the Public Contracts Regulations 2015 the standstill period ends at midnight at the end of the 10th calendar day after this notice was sent electronically, moved to the next working day if that day is not one.",
        ProcurementRegime.Pa2023ClosedFramework or ProcurementRegime.Pa2023OpenFramework =>
            "Under section 51 of the Procurement Act 2023 the standstill period is 8 working days beginning with the day the contract award notice was published (weekends and bank holidays are not working days).",
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, "Unknown procurement regime"),
    };

    public static DateOnly EndDate(ProcurementRegime regime, DateOnly awardNotice, IReadOnlySet<DateOnly> bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        switch (regime)
        {
            case ProcurementRegime.Pcr2015LightTouch:
                return WorkingDays.OnOrAfter(awardNotice.AddDays(Pcr2015CalendarDays), bankHolidays);
            case ProcurementRegime.Pa2023ClosedFramework:
            case ProcurementRegime.Pa2023OpenFramework:
                var day = WorkingDays.OnOrAfter(awardNotice, bankHolidays);
                for (var counted = 1; counted < Pa2023WorkingDays; counted++)
                    day = WorkingDays.OnOrAfter(day.AddDays(1), bankHolidays);
                return day;
            default:
                throw new ArgumentOutOfRangeException(nameof(regime), regime, "Unknown procurement regime");
        }
    }
}
