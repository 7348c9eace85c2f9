using System.Globalization;
using Hearth.Domain.Common;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Features.Tenders;

namespace Hearth.Web.Features.Bidding;

/// <summary>How the provider portal words deadlines, receipts and bid states.</summary>
public static class BiddingText
{
    /// <summary>"25 November 2026 at 7:31:05pm" in London time: a receipt is exact to the second.</summary>
    public static string ReceiptTime(DateTimeOffset instant)
    {
        var local = London.ToLondon(instant);
        return local.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) + " at "
            + local.ToString("h:mm:sstt", CultureInfo.InvariantCulture).ToLowerInvariant();
    }

    /// <summary>"Open for bids" until the submission deadline, then "Closed" (or the tender's later status).</summary>
    public static string TenderState(Tender tender, DateTimeOffset now) =>
        tender.IsOpenForBids(now) ? "Open for bids"
        : tender.Status == TenderStatus.Published ? "Closed"
        : TenderText.Status(tender.Status);

    public static string TenderStateTag(Tender tender, DateTimeOffset now) =>
        tender.IsOpenForBids(now) ? "govuk-tag--blue" : "govuk-tag--grey";

    /// <summary>The bid's state as the provider sees it, including a revision in progress.</summary>
    public static string BidState(Bid? bid) => bid switch
    {
        null => "Not started",
        { Status: BidStatus.Draft, LatestSubmission: not null } => "Revising",
        { Status: BidStatus.Draft } => "Draft",
        { Status: BidStatus.Submitted } => "Submitted",
        { Status: BidStatus.Withdrawn } => "Withdrawn",
        _ => bid.Status.ToString(),
    };

    public static string BidStateTag(Bid? bid) => bid switch
    {
        null => "govuk-tag--grey",
        { Status: BidStatus.Submitted } => "govuk-tag--green",
        { Status: BidStatus.Withdrawn } => "govuk-tag--red",
        _ => "govuk-tag--yellow",
    };

    public static string Pounds(long pence) => Money.FromPence(pence).ToString();

    /// <summary>A price as typed into a cell: "850.00" (no £, which the input shows as its prefix).</summary>
    public static string CellValue(long pence) => (pence / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    public static string Kind(QuestionKind kind) => kind == QuestionKind.PassFail ? "Pass or fail" : "Scored 0 to 5";
}
