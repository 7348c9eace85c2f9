using Hearth.Domain.Common;
using Hearth.Domain.Procurement.Tendering;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Procurement.Tendering;

public class BidTests
{
    private static readonly DateTimeOffset Before = Instant("2021-11-10T10:00:00Z");

    private static List<BidPrice> FullPrices(long pence = 850_00) =>
        [.. Enumerable.Range(0, 4).Select(b => new BidPrice("CAT-1", b, pence)), .. Enumerable.Range(0, 4).Select(b => new BidPrice("SUP-SIBLING", b, 50_00))];

    private static List<BidAnswer> FullAnswers() => [new(1, "We match by needs", null), new(2, "24/7 support", null), new(3, "Registered", true)];

    private static (Tender, Bid) Ready()
    {
        var tender = TenderTests.Published();
        var bid = Bid.Start(tender, 1, 42, Before);
        bid.SaveDraft(tender, FullPrices(), FullAnswers(), true, Before, "Standard");
        return (tender, bid);
    }

    [Fact]
    public void Submitting_gives_an_immutable_receipted_version()
    {
        var (tender, bid) = Ready();
        var receipt = bid.Submit(tender, Before, "Standard");
        Assert.Equal(BidStatus.Submitted, bid.Status);
        Assert.Equal(1, receipt.Sequence);
        Assert.Equal(64, receipt.ReceiptHash.Length);
        Assert.True(receipt.MatchesReceipt);
        Assert.Contains("price:CAT-1:0:85000", receipt.Content);
    }

    [Fact]
    public void Revising_keeps_the_earlier_submission_and_a_resubmission_adds_a_new_one()
    {
        var (tender, bid) = Ready();
        var first = bid.Submit(tender, Before, "Standard");
        bid.SaveDraft(tender, FullPrices(800_00), FullAnswers(), true, Before.AddHours(1), "Standard");
        Assert.Equal(BidStatus.Draft, bid.Status);
        Assert.Same(first, bid.LatestSubmission);
        var second = bid.Submit(tender, Before.AddHours(2), "Standard");
        Assert.Equal(2, second.Sequence);
        Assert.NotEqual(first.ReceiptHash, second.ReceiptHash);
        Assert.Contains("price:CAT-1:0:85000", first.Content);
        Assert.Equal(850_00, first.Prices[0].Pence); // the first submission keeps its own prices
        Assert.Equal(800_00, second.Prices[0].Pence);
    }

    [Fact]
    public void A_submission_one_second_after_the_deadline_is_refused()
    {
        var (tender, bid) = Ready();
        var ex = Assert.Throws<DomainException>(() => bid.Submit(tender, tender.Timeline.SubmissionDeadline.AddSeconds(1), "Standard"));
        Assert.Equal("The submission deadline passed at 12:00:00 on 19 November 2021: bids can no longer be changed", ex.Message);
        Assert.Equal(BidStatus.Draft, bid.Status);
        bid.Submit(tender, tender.Timeline.SubmissionDeadline, "Standard"); // exactly on the deadline is in time
    }

    [Fact]
    public void Submitting_needs_every_price_every_answer_and_the_declarations()
    {
        var tender = TenderTests.Published();
        var bid = Bid.Start(tender, 1, 42, Before);
        bid.SaveDraft(tender, FullPrices().Skip(1).ToList(), FullAnswers(), true, Before, "Standard");
        Assert.Equal("Prices[CAT-1][0]", Assert.Throws<DomainException>(() => bid.Submit(tender, Before, "Standard")).Field);

        bid.SaveDraft(tender, FullPrices(), FullAnswers().Take(2).ToList(), true, Before, "Standard");
        Assert.Equal("Answers[3]", Assert.Throws<DomainException>(() => bid.Submit(tender, Before, "Standard")).Field);

        bid.SaveDraft(tender, FullPrices(), FullAnswers(), false, Before, "Standard");
        Assert.Equal("DeclarationsAccepted", Assert.Throws<DomainException>(() => bid.Submit(tender, Before, "Standard")).Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(20_000_01)]
    public void A_draft_with_a_bad_price_is_refused_and_the_previous_draft_is_kept(long pence)
    {
        var (tender, bid) = Ready();
        var prices = FullPrices();
        prices[2] = prices[2] with { Pence = pence };
        Assert.Equal("Prices[CAT-1][2]", Assert.Throws<DomainException>(() => bid.SaveDraft(tender, prices, FullAnswers(), true, Before, "Standard")).Field);
        Assert.Equal(850_00, bid.Prices.Single(p => p.RowCode == "CAT-1" && p.BandIndex == 2).Pence);
    }

    [Fact]
    public void A_price_outside_the_schedule_or_an_unknown_question_is_refused()
    {
        var (tender, bid) = Ready();
        Assert.Equal("Prices[CAT-9][0]", Assert.Throws<DomainException>(() => bid.SaveDraft(tender, [new("CAT-9", 0, 1)], [], true, Before, "Standard")).Field);
        Assert.Equal("Prices[CAT-1][4]", Assert.Throws<DomainException>(() => bid.SaveDraft(tender, [new("CAT-1", 4, 1)], [], true, Before, "Standard")).Field);
        Assert.Equal("Answers[9]", Assert.Throws<DomainException>(() => bid.SaveDraft(tender, [], [new(9, "x", null)], true, Before, "Standard")).Field);
    }

    [Fact]
    public void Withdrawing_before_the_deadline_stops_the_bid()
    {
        var (tender, bid) = Ready();
        bid.Submit(tender, Before, "Standard");
        bid.Withdraw(tender, Before);
        Assert.Equal(BidStatus.Withdrawn, bid.Status);
        Assert.Throws<DomainException>(() => bid.SaveDraft(tender, FullPrices(), FullAnswers(), true, Before, "Standard"));
        Assert.Throws<DomainException>(() => bid.Withdraw(tender, Before));
    }

    [Fact]
    public void No_bid_can_start_on_a_draft_or_opened_tender()
    {
        Assert.Throws<DomainException>(() => Bid.Start(TenderTests.Draft(), 1, 42, Before));
        var tender = TenderTests.Published();
        tender.Open(Instant("2021-11-20T09:00:00Z"), "commissioner");
        Assert.Throws<DomainException>(() => Bid.Start(tender, 1, 42, Instant("2021-11-20T09:00:00Z")));
    }

    [Fact]
    public void The_receipt_hash_detects_any_change_to_the_content()
    {
        var (tender, bid) = Ready();
        var receipt = bid.Submit(tender, Before, "Standard");
        Assert.Equal(Bid.Hash(receipt.Content), receipt.ReceiptHash);
        Assert.NotEqual(Bid.Hash(receipt.Content.Replace("85000", "85001", StringComparison.Ordinal)), receipt.ReceiptHash);
    }
}
