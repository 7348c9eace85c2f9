using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Hearth.Domain.Common;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hearth.Web.Features.Tenders;

/// <summary>The particulars of a tender as typed on the create and edit pages (and sent to the API).</summary>
public sealed class TenderInput
{
    [Required(ErrorMessage = "Enter the tender reference")]
    public string? Reference { get; set; }

    [Required(ErrorMessage = "Enter the title of the tender")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Select the procurement regime")]
    public ProcurementRegime? Regime { get; set; }

    public List<int> OtherAuthorityIds { get; set; } = [];

    public int? KeyDecisionId { get; set; }

    [Required(ErrorMessage = "Enter the estimated value of the framework")]
    public string? EstimatedValue { get; set; }

    [Required(ErrorMessage = "Enter the date the framework starts")]
    public DateOnly? TermStart { get; set; }

    [Required(ErrorMessage = "Enter the date the framework ends")]
    public DateOnly? TermEnd { get; set; }

    public string? TermJustification { get; set; }

    [Required(ErrorMessage = "Enter the publication date")]
    public DateOnly? PublicationDate { get; set; }

    [Required(ErrorMessage = "Enter the clarification deadline date")]
    public DateOnly? ClarificationDeadline { get; set; }

    [Required(ErrorMessage = "Enter the clarification deadline time")]
    public string? ClarificationTime { get; set; } = "12:00";

    [Required(ErrorMessage = "Enter the submission deadline date")]
    public DateOnly? SubmissionDeadline { get; set; }

    [Required(ErrorMessage = "Enter the submission deadline time")]
    public string? SubmissionTime { get; set; } = "12:00";

    [Required(ErrorMessage = "Enter the date evaluation starts")]
    public DateOnly? EvaluationDate { get; set; }

    [Required(ErrorMessage = "Enter the planned award date")]
    public DateOnly? AwardDate { get; set; }

    [Required(ErrorMessage = "Enter the age bands")]
    public string? AgeBands { get; set; } = Hearth.Domain.Procurement.Tendering.AgeBands.Default.LowerBoundsText;

    [Required(ErrorMessage = "Select how prices are indexed")]
    public IndexationKind? Indexation { get; set; } = IndexationKind.None;

    public string? IndexationRate { get; set; }

    public string? IndexationCap { get; set; }

    [Range(1, 99, ErrorMessage = "Enter a percentage from 1 to 99")]
    public int AbnormallyLowPercent { get; set; } = LotEvaluation.DefaultAbnormallyLowPercent;

    public int Version { get; set; }

    public static readonly List<SelectListItem> RegimeOptions =
    [
        new("Public Contracts Regulations 2015 (light-touch regime)", nameof(ProcurementRegime.Pcr2015LightTouch)),
        new("Procurement Act 2023: closed framework", nameof(ProcurementRegime.Pa2023ClosedFramework)),
        new("Procurement Act 2023: open framework", nameof(ProcurementRegime.Pa2023OpenFramework)),
    ];

    public static readonly List<SelectListItem> IndexationOptions =
    [
        new("None: prices are firm for the term", nameof(IndexationKind.None)),
        new("A fixed percentage each 1 April", nameof(IndexationKind.FixedPercent)),
        new("CPI each 1 April, capped", nameof(IndexationKind.CpiCapped)),
    ];

    public static TenderInput From(Tender t) => new()
    {
        Reference = t.Reference, Title = t.Title, Regime = t.Regime, OtherAuthorityIds = t.ParticipatingAuthorityIds.ToList(),
        KeyDecisionId = t.KeyDecisionId, EstimatedValue = t.EstimatedValue.Pounds.ToString("#,##0.##", CultureInfo.InvariantCulture),
        TermStart = t.TermStart, TermEnd = t.TermEnd, TermJustification = t.TermJustification,
        PublicationDate = t.Timeline.PublicationDate,
        ClarificationDeadline = London.DateOf(t.Timeline.ClarificationDeadline), ClarificationTime = LondonTime(t.Timeline.ClarificationDeadline),
        SubmissionDeadline = London.DateOf(t.Timeline.SubmissionDeadline), SubmissionTime = LondonTime(t.Timeline.SubmissionDeadline),
        EvaluationDate = t.Timeline.EvaluationDate, AwardDate = t.Timeline.AwardDate, AgeBands = t.AgeBandsText,
        Indexation = t.Indexation.Kind,
        IndexationRate = t.Indexation.Kind == IndexationKind.FixedPercent ? (t.Indexation.RateBasisPoints / 100m).ToString("0.##", CultureInfo.InvariantCulture) : null,
        IndexationCap = t.Indexation.Kind == IndexationKind.CpiCapped ? (t.Indexation.CapBasisPoints / 100m).ToString("0.##", CultureInfo.InvariantCulture) : null,
        AbnormallyLowPercent = t.AbnormallyLowPercent, Version = t.Version,
    };

    private static string LondonTime(DateTimeOffset instant) => London.ToLondon(instant).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The parsed particulars; throws <see cref="DomainException"/> naming the field for anything unreadable.</summary>
    public (Money Value, TenderTimeline Timeline, AgeBands Bands, Indexation Indexation) Parse()
    {
        if (!Money.TryParse(EstimatedValue, out var value))
            throw new DomainException(nameof(EstimatedValue), "Enter the estimated value in pounds, like £45,000,000");
        var clarification = Instant(ClarificationDeadline!.Value, ClarificationTime, nameof(ClarificationTime));
        var submission = Instant(SubmissionDeadline!.Value, SubmissionTime, nameof(SubmissionTime));
        var timeline = new TenderTimeline(PublicationDate!.Value, clarification, submission, EvaluationDate!.Value, AwardDate!.Value, TermStart!.Value);
        AgeBands bands;
        try { bands = Hearth.Domain.Procurement.Tendering.AgeBands.Parse(AgeBands); }
        catch (DomainException e) { throw new DomainException(nameof(AgeBands), e.Message); }
        var indexation = Indexation switch
        {
            IndexationKind.FixedPercent => Hearth.Domain.Procurement.Tendering.Indexation.Fixed(BasisPoints(IndexationRate, nameof(IndexationRate), "Enter the yearly uplift as a percentage, like 2.5")),
            IndexationKind.CpiCapped => Hearth.Domain.Procurement.Tendering.Indexation.CpiCappedAt(BasisPoints(IndexationCap, nameof(IndexationCap), "Enter the cap as a percentage, like 3")),
            _ => Hearth.Domain.Procurement.Tendering.Indexation.Firm,
        };
        return (value, timeline, bands, indexation);
    }

    /// <summary>"2.5" or "2.5%" as basis points (250); at most two decimal places.</summary>
    public static int BasisPoints(string? text, string field, string message)
    {
        var cleaned = (text ?? "").Trim().TrimEnd('%').Trim();
        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent) || percent * 100 != decimal.Truncate(percent * 100))
            throw new DomainException(field, message);
        return (int)(percent * 100);
    }

    /// <summary>A London wall-clock date and time ("12:00", "9:30", "17:00") as an instant.</summary>
    public static DateTimeOffset Instant(DateOnly date, string? time, string field)
    {
        if (!TimeOnly.TryParseExact((time ?? "").Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
            throw new DomainException(field, "Enter the time in 24-hour format, like 12:00 or 17:30");
        var local = date.ToDateTime(clock);
        var offset = London.Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
