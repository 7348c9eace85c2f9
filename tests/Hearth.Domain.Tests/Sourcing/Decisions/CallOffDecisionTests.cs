using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Sourcing.Decisions;

namespace Hearth.Domain.Tests.Sourcing.Decisions;

public class CallOffDecisionTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 31, 23, 30, 0, TimeSpan.Zero);
    private const string Rationale = "Closest to school and the carers have autism training";

    internal static DecisionOption Offer(string key, int provider, long pence, bool above = false, ManagerApproval? approval = null) =>
        new(key, DecisionOptionKind.FrameworkOffer, provider, $"Provider {provider}", 40 + provider, $"HH-{provider}", Money.FromPence(pence),
            Money.FromPence(5000), new DateOnly(2026, 4, 1), PriceCheck.Against(Money.FromPence(pence), Money.FromPence(above ? pence - 1 : pence), "Lot 1, 11–15"),
            [new FactorPoints("Skills", 20, 30, "2 of 3 needs covered"), new FactorPoints("Distance", 5, 20, "12 miles from school")],
            FrameworkId: 9, FrameworkReference: "KM-IFP-2022", LotNumber: 1, Approval: approval);

    internal static DecisionOption InHouse(string key = "inhouse-1") =>
        new(key, DecisionOptionKind.InHouse, null, "", 1, "KCC-0001", Money.Zero, Money.Zero, null, PriceCheck.NotApplicable, []);

    private static CallOffDecision Freeze(IReadOnlyList<DecisionOption> options, string? chosen, string? rationale = Rationale) =>
        CallOffDecision.Freeze(1, 7, [3, 2], [new DecisionAsk(5, "Provider 5", At.AddDays(-1), AskAnswer.Offered, At.AddHours(-3)),
            new DecisionAsk(6, "Provider 6", At.AddDays(-1), AskAnswer.Declined, At.AddHours(-2), "No carers"),
            new DecisionAsk(8, "Provider 8", At.AddDays(-1), AskAnswer.NoResponse, null)],
            options, chosen, rationale, 11, "Bea Broker", At);

    [Fact]
    public void Freeze_ValidChoice_RecordsChoiceHashAndUnsuccessfulProviders()
    {
        var decision = Freeze([Offer("offer-1", 5, 90000), Offer("offer-2", 9, 85000), InHouse()], "offer-1");

        Assert.Equal("offer-1", decision.ChosenKey);
        Assert.Equal(5, decision.ChosenProviderId);
        Assert.Equal(Money.FromPence(90000), decision.WeeklyFee);
        Assert.True(decision.IsIntact);
        Assert.Equal(64, decision.Sha256.Length);
        var snapshot = decision.Read();
        Assert.Equal([2, 3], snapshot.ChildIds);
        Assert.Equal(3, snapshot.Asks.Count);
        Assert.Equal(AskAnswer.NoResponse, snapshot.Asks.Single(a => a.ProviderId == 8).Answer);
        Assert.Equal(25, snapshot.Chosen.TotalScore);
        Assert.Equal(50, snapshot.Chosen.MaximumScore);
        Assert.Equal("Skills", snapshot.Chosen.Option.Factors[0].Name);
        Assert.Equal([9], snapshot.Unsuccessful.Select(u => u.ProviderId));
        Assert.Equal(Rationale, snapshot.Rationale);
    }

    [Fact]
    public void Freeze_SameInput_GivesSameBytesAndHash()
    {
        var a = Freeze([Offer("offer-1", 5, 90000), InHouse()], "offer-1");
        var b = Freeze([Offer("offer-1", 5, 90000), InHouse()], "offer-1");

        Assert.Equal(a.Snapshot, b.Snapshot);
        Assert.Equal(a.Sha256, b.Sha256);
        Assert.Equal(a.Snapshot, DecisionJson.Serialise(a.Read()));
    }

    [Fact]
    public void Freeze_InstantWithOffset_IsStoredInUtc()
    {
        var decision = CallOffDecision.Freeze(1, 7, [3], [], [InHouse()], "inhouse-1", Rationale, 11, "B", new DateTimeOffset(2026, 4, 1, 0, 30, 0, TimeSpan.FromHours(1)));

        Assert.Contains("\"decidedAt\":\"2026-03-31T23:30:00.0000000Z\"", decision.Snapshot, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Enter why you chose this option")]
    [InlineData("   ", "Enter why you chose this option")]
    [InlineData("Cheapest one", "Explain your choice in at least 20 characters")]
    public void Freeze_MissingOrShortRationale_IsRefused(string? rationale, string message)
    {
        var e = Assert.Throws<DomainException>(() => Freeze([InHouse()], "inhouse-1", rationale));
        Assert.Equal("Rationale", e.Field);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Freeze_RationaleOfExactlyMinimumLength_IsAccepted() =>
        Assert.Equal("inhouse-1", Freeze([InHouse()], "inhouse-1", new string('x', CallOffDecision.MinimumRationaleLength)).ChosenKey);

    [Fact]
    public void Freeze_RationaleOverMaximum_IsRefused() =>
        Assert.Equal("Rationale", Assert.Throws<DomainException>(() => Freeze([InHouse()], "inhouse-1", new string('x', 4001))).Field);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("offer-99")]
    public void Freeze_NoOrUnknownChoice_IsRefused(string? chosen) =>
        Assert.Equal("ChosenKey", Assert.Throws<DomainException>(() => Freeze([InHouse()], chosen)).Field);

    [Fact]
    public void Freeze_NoOptions_IsRefused() =>
        Assert.Contains("no options", Assert.Throws<DomainException>(() => Freeze([], "inhouse-1")).Message, StringComparison.Ordinal);

    [Fact]
    public void Freeze_DuplicateKeys_IsRefused() =>
        Assert.Throws<DomainException>(() => Freeze([InHouse(), InHouse()], "inhouse-1"));

    [Fact]
    public void Freeze_AbovePriceWithoutApproval_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => Freeze([Offer("offer-1", 5, 90000, above: true)], "offer-1"));
        Assert.Contains("manager must approve", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Freeze_AbovePriceWithApproval_RecordsTheApproval()
    {
        var approval = new ManagerApproval(12, "Mo Manager", At.AddHours(-1), "Only carers with the right skills near school");
        var decision = Freeze([Offer("offer-1", 5, 90000, above: true, approval)], "offer-1");

        var recorded = Assert.Single(decision.Read().Approvals);
        Assert.Equal("offer-1", recorded.OptionKey);
        Assert.Equal("Mo Manager", recorded.Approval.ApprovedByName);
    }

    [Fact]
    public void Freeze_PriceEqualToFramework_IsNotAbove() =>
        Assert.False(PriceCheck.Against(Money.FromPence(100), Money.FromPence(100), "x").AbovePrice);

    [Fact]
    public void PriceCheck_OnePennyAbove_IsAbove() =>
        Assert.True(PriceCheck.Against(Money.FromPence(101), Money.FromPence(100), "x").AbovePrice);

    [Fact]
    public void Freeze_TamperedSnapshot_IsNotIntact()
    {
        var decision = Freeze([InHouse()], "inhouse-1");
        typeof(CallOffDecision).GetProperty(nameof(CallOffDecision.Snapshot))!.SetValue(decision, decision.Snapshot.Replace("Bea", "Bob", StringComparison.Ordinal));
        Assert.False(decision.IsIntact);
    }
}
