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
    /// paragraph number of the working-day rule was not checked against the text on legislation.gov.uk when this was
    /// written: verify it before relying on the exact citation.
    /// </para>
    /// <para>
    /// PA 2023, section 51: the mandatory standstill period is eight working days beginning with the day on which the
    /// contract award notice is published, so the publication day counts when it is itself a working day. Working days
    /// here exclude weekends and the <paramref name="bankHolidays"/> given (England and Wales for Hearth's English
    /// authorities; the Act's own definition of "working day" in section 123 should be checked for procurements touching
    /// other parts of the United Kingdom).
    /// </para>
    /// </summary>
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
