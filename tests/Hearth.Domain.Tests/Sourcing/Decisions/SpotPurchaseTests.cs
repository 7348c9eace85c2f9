using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Sourcing.Decisions;

namespace Hearth.Domain.Tests.Sourcing.Decisions;

public class SpotPurchaseTests
{
    private static readonly DateOnly Today = new(2026, 3, 31);
    private static readonly SpotBand Band = SpotBand.Highest([Money.FromPence(90000), null, Money.FromPence(95000)], "Highest of lot 1, 11–15");

    private static SpotPurchase Open(long pence, SpotBand? band = null, string justification = "No framework offer near the school") =>
        SpotPurchase.Open(1, 7, 5, "SP-01", PlacementCategory.Standard, Money.FromPence(pence), Money.Zero, Today, justification, band ?? Band,
            11, "Bea Broker", DateTimeOffset.UnixEpoch, Today);

    [Fact]
    public void Highest_IgnoresMissingPrices() => Assert.Equal(Money.FromPence(95000), Band.Price);

    [Fact]
    public void Open_AtTheBand_NeedsNoApproval()
    {
        var spot = Open(95000);
        Assert.False(spot.AboveBand);
        Assert.True(spot.CanBeChosen);
        Assert.Throws<DomainException>(() => spot.Approve(12, "M", "why", DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Open_OnePennyAboveTheBand_NeedsApprovalBeforeChoice()
    {
        var spot = Open(95001);
        Assert.True(spot.NeedsApproval);
        Assert.True(spot.ToOption("P").NeedsApproval);
        Assert.Null(spot.ToOption("P").Approval);

        spot.Approve(12, "Mo Manager", "Only home that can keep siblings together", DateTimeOffset.UnixEpoch);

        Assert.True(spot.CanBeChosen);
        Assert.Equal("Mo Manager", spot.ToOption("P").Approval!.ApprovedByName);
    }

    [Fact]
    public void Open_NoBand_IsTreatedAsAbove() => Assert.True(Open(1, SpotBand.None).AboveBand);

    [Fact]
    public void Approve_ByOpener_IsRefused() =>
        Assert.Contains("another manager", Assert.Throws<DomainException>(() => Open(99999).Approve(11, "Bea", "why", DateTimeOffset.UnixEpoch)).Message, StringComparison.Ordinal);

    [Fact]
    public void Approve_WithoutReason_IsRefused() =>
        Assert.Equal("ApprovalReason", Assert.Throws<DomainException>(() => Open(99999).Approve(12, "Mo", " ", DateTimeOffset.UnixEpoch)).Field);

    [Theory]
    [InlineData("", "Enter why no framework offer is suitable")]
    [InlineData("too short", "Explain in at least 20 characters")]
    public void Open_WithoutJustification_IsRefused(string justification, string message) =>
        Assert.StartsWith(message, Assert.Throws<DomainException>(() => Open(1000, null, justification)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(0)]
    [InlineData(2_000_001)]
    public void Open_FeeZeroOrOverMaximum_IsRefused(long pence) =>
        Assert.Equal("WeeklyFee", Assert.Throws<DomainException>(() => Open(pence)).Field);

    [Fact]
    public void Open_FeeAtMaximum_IsAccepted() => Assert.Equal(Placement.MaximumWeeklyFee, Open(2_000_000).WeeklyFee);
}
