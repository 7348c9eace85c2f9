using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Finance;

public class UascGrantRateTests
{
    private static Money P(long pence) => Money.FromPence(pence);

    private static UascGrantRate Existing(string from, string? to, UascAgeBand band = UascAgeBand.Under16, int authority = 1) =>
        UascGrantRate.Create(authority, band, D(from), OptionalD(to), P(114_00), []);

    [Fact]
    public void Create_FollowingOn_IsAccepted()
    {
        var rate = UascGrantRate.Create(1, UascAgeBand.Under16, D("2020-04-01"), null, P(143_00), [Existing("2019-04-01", "2020-03-31")]);
        Assert.Equal(P(143_00), rate.NightlyRate);
    }

    [Theory]
    [InlineData("2020-03-31", null)] // shares the last night of the existing rate
    [InlineData("2018-01-01", "2019-04-01")] // ends on its first night
    [InlineData("2019-06-01", "2019-06-30")] // inside
    public void Create_OverlappingTheSameBand_IsAFieldError(string from, string? to)
    {
        var e = Assert.Throws<DomainException>(() =>
            UascGrantRate.Create(1, UascAgeBand.Under16, D(from), OptionalD(to), P(143_00), [Existing("2019-04-01", "2020-03-31")]));
        Assert.Equal("EffectiveFrom", e.Field);
        Assert.Contains("overlap", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OverlappingAnOpenEndedRate_IsAFieldError() =>
        Assert.Equal("EffectiveFrom", Assert.Throws<DomainException>(() =>
            UascGrantRate.Create(1, UascAgeBand.Under16, D("2030-01-01"), null, P(1), [Existing("2019-04-01", null)])).Field);

    [Fact]
    public void Create_SameDatesOtherBandOrAuthority_IsAccepted()
    {
        UascGrantRate[] existing = [Existing("2019-04-01", null, UascAgeBand.Aged16To17), Existing("2019-04-01", null, authority: 2)];
        Assert.Equal(UascAgeBand.Under16, UascGrantRate.Create(1, UascAgeBand.Under16, D("2019-04-01"), null, P(1), existing).AgeBand);
    }

    [Theory]
    [InlineData(0, "NightlyRate")]
    [InlineData(-1, "NightlyRate")]
    [InlineData(1_000_01, "NightlyRate")]
    public void Create_BadRate_IsAFieldError(long pence, string field) =>
        Assert.Equal(field, Assert.Throws<DomainException>(() => UascGrantRate.Create(1, UascAgeBand.Under16, D("2020-04-01"), null, P(pence), [])).Field);

    [Fact]
    public void Create_EndBeforeStart_IsAFieldError() =>
        Assert.Equal("EffectiveTo", Assert.Throws<DomainException>(() =>
            UascGrantRate.Create(1, UascAgeBand.Under16, D("2020-04-01"), D("2020-03-31"), P(1), [])).Field);

    [Fact]
    public void Create_OneDay_IsAccepted() =>
        Assert.Equal(D("2020-04-01"), UascGrantRate.Create(1, UascAgeBand.Under16, D("2020-04-01"), D("2020-04-01"), P(1), []).EffectiveTo);

    [Fact]
    public void Change_ItselfIsNotAnOverlap_AndBumpsTheVersion()
    {
        var rate = Existing("2019-04-01", null);
        UascGrantRate[] all = [rate];
        rate.Change(UascAgeBand.Under16, D("2019-04-01"), D("2020-03-31"), P(114_00), all);
        Assert.Equal((D("2020-03-31"), 1), (rate.EffectiveTo!.Value, rate.Version));
    }

    [Fact]
    public void Change_IntoAnotherRate_IsAFieldError()
    {
        var first = Existing("2019-04-01", "2020-03-31");
        var second = Existing("2020-04-01", null);
        Assert.Equal("EffectiveFrom", Assert.Throws<DomainException>(() =>
            second.Change(UascAgeBand.Under16, D("2020-03-01"), null, P(143_00), [first, second])).Field);
    }
}
