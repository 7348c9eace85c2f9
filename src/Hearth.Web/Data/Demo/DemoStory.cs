using Hearth.Domain.Common;

namespace Hearth.Web.Data.Demo;

/// <summary>
/// The demo's calendar (ADR 0027): which records the story has on an as-of date, and when each thing in it happened.
/// The seed's facts stay on their real dates (KM-IFP-2018 extended by direct award to 31 March 2022, KM-IFP-2022 from
/// 1 April 2022, decision 21/00077); the invented re-procurement follows them on fixed dates (KM-IFP-2022's extension
/// year to 31 March 2027, the KM-IFP-2027 tender published on 2 November 2026 and awarded on 19 February 2027, the open
/// framework from 1 April 2027 to 31 March 2035); and everything that must be "now" — referrals, call-offs, decisions, a
/// tender open for bids, budgets — is placed relative to the as-of date. Nothing here reads a clock.
/// </summary>
public static class DemoStory
{
    /// <summary>The earliest as-of date the story supports: the 2022 framework's first day (the call-off route).</summary>
    public static readonly DateOnly EarliestAsOf = new(2022, 4, 1);

    /// <summary>The latest as-of date the story supports: late enough in the 2027 framework's term for its reopening round to
    /// admit providers before it ends.</summary>
    public static readonly DateOnly LatestAsOf = new(2034, 12, 31);

    /// <summary>
    /// When the demo records are written: the first moment of the as-of day in London. "Today" is then the as-of date while
    /// the story is written (the stored cost lines of live placements run to it), and at any later moment of that day —
    /// its first minute included — everything in the story has already happened: every event of the story is on an
    /// earlier day.
    /// </summary>
    public static DateTimeOffset WrittenAt(DateOnly asOf) => At(asOf, 0, 0);

    /// <summary>A London wall-clock time on a day of the story.</summary>
    public static DateTimeOffset At(DateOnly day, int hour, int minute = 0) => London.At(day, new TimeOnly(hour, minute));

    /// <summary>Refuses an as-of date outside the story (Hearth stops with this message), with the range it supports.</summary>
    public static void EnsureSupported(DateOnly asOf)
    {
        if (asOf < EarliestAsOf || asOf > LatestAsOf)
            throw new Platform.HearthStartupException(
                $"Demo:AsOf {asOf:yyyy-MM-dd} is outside the demo story: choose a date from {EarliestAsOf:yyyy-MM-dd} to {LatestAsOf:yyyy-MM-dd}.");
    }

    // ---- The 2022 framework's extension year (invented decision 25/00108) ----

    /// <summary>The day decision 25/00108 to use the 2022 framework's optional extension year was made.</summary>
    public static readonly DateOnly ExtensionDecisionMade = new(2025, 8, 27);

    // ---- The re-procurement: the KM-IFP-2027 tender and the open framework it awards (invented) ----

    /// <summary>The day the key decision to re-procure as an open framework was made.</summary>
    public static readonly DateOnly ReprocurementDecisionMade = new(2026, 9, 30);

    /// <summary>Whether the 2027 framework exists on the as-of date (awarded; it starts on 1 April 2027).</summary>
    public static bool Framework2027Awarded(DateOnly asOf) => asOf >= DemoTender.AwardDate;

    /// <summary>The reference of the framework the demo's call-offs use on the as-of date.</summary>
    public static string CallOffFrameworkReference(DateOnly asOf) =>
        asOf >= DemoTender.FrameworkStart ? DemoTender.Reference : DemoTender2022.Reference;

    /// <summary>The reference of the reopening round of the 2027 framework (there is one once the framework is in force).</summary>
    public const string ReopeningReference = DemoTender.Reference + "-R1";

    /// <summary>
    /// The reference of the demo tender whose deadlines fall around the as-of date: the re-procurement from its
    /// publication to its award, then the 2027 framework's reopening round. Null before the re-procurement is published.
    /// </summary>
    public static string? CurrentTenderReference(DateOnly asOf) =>
        asOf < DemoTender.PublishedOn ? null : asOf < DemoTender.FrameworkStart ? DemoTender.Reference : ReopeningReference;

    /// <summary>The reopening round's dates: published 20 days before the as-of date (never before the framework starts), open
    /// for bids for four weeks after it, awarded and joined in time for the providers it admits to take call-offs.</summary>
    public static (DateOnly Published, DateTimeOffset Clarification, DateTimeOffset Submission, DateOnly Evaluation, DateOnly Award, DateOnly Start) ReopeningTimeline(DateOnly asOf)
    {
        var published = asOf.AddDays(-20);
        if (published < DemoTender.FrameworkStart) published = DemoTender.FrameworkStart;
        var submission = asOf.AddDays(28);
        return (published, At(asOf.AddDays(7), 12), At(submission, 12), submission.AddDays(3), submission.AddDays(35), submission.AddDays(60));
    }
}
