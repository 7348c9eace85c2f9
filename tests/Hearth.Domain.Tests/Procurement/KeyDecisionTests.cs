using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Procurement;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Procurement;

public class KeyDecisionTests
{
    private static readonly Money OneMillion = Money.FromPence(1_000_000_00);

    private static KeyDecision Propose(long valuePence = 30_000_000_00, int divisions = 81) =>
        KeyDecision.Propose(1, "21/00077", "Fostering services framework", "Cabinet Member for Integrated Children's Services",
            Money.FromPence(valuePence), divisions);

    private static KeyDecision DecisionIn(KeyDecisionStatus status)
    {
        var decision = Propose();
        if (status >= KeyDecisionStatus.Published) decision.Advance(KeyDecisionStatus.Published, D("2021-11-01"));
        if (status >= KeyDecisionStatus.Made) decision.Advance(KeyDecisionStatus.Made, D("2021-12-01"));
        if (status >= KeyDecisionStatus.Implemented) decision.Advance(KeyDecisionStatus.Implemented, D("2022-01-04"));
        Assert.Equal(status, decision.Status);
        return decision;
    }

    // ---- IsKeyDecision ------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(1_000_000_00L, 0, false)] // exactly £1m does not exceed the threshold
    [InlineData(1_000_000_01L, 0, true)] // £1m and 1p does
    [InlineData(999_999_99L, 0, false)]
    [InlineData(0L, 0, false)]
    [InlineData(0L, 2, false)] // two divisions is not more than two
    [InlineData(0L, 3, true)] // three is
    [InlineData(1_000_000_00L, 2, false)] // both at their edge: neither test passes
    [InlineData(1_000_000_01L, 3, true)] // both past their edge
    [InlineData(1_000_000_00L, 3, true)] // divisions alone are enough
    [InlineData(1_000_000_01L, 2, true)] // value alone is enough
    [InlineData(30_000_000_00L, 81, true)] // the seed: Kent's decision 21/00077
    public void IsKeyDecision_ValueAndDivisions_ExceedingEitherIsKey(long valuePence, int divisions, bool expected)
    {
        Assert.Equal(expected, KeyDecision.IsKeyDecision(Money.FromPence(valuePence), divisions, OneMillion));
    }

    [Theory]
    [InlineData(500_000_00L, false)]
    [InlineData(500_000_01L, true)]
    [InlineData(999_999_99L, true)]
    public void IsKeyDecision_AuthorityOwnThreshold_UsesThatThreshold(long valuePence, bool expected)
    {
        Assert.Equal(expected, KeyDecision.IsKeyDecision(Money.FromPence(valuePence), 0, Money.FromPence(500_000_00)));
    }

    [Theory]
    [InlineData(1_000_000_00L, 2, false)]
    [InlineData(1_000_000_01L, 2, true)]
    [InlineData(0L, 3, true)]
    public void IsKey_ProposedDecision_UsesItsValueAndDivisions(long valuePence, int divisions, bool expected)
    {
        var decision = Propose(valuePence, divisions);

        Assert.Equal(expected, decision.IsKey(Authority.DefaultKeyDecisionThreshold));
    }

    // ---- Propose ------------------------------------------------------------------------------------------------

    [Fact]
    public void Propose_ValidInput_IsProposedWithNoDates()
    {
        var decision = KeyDecision.Propose(7, "  21/00077 ", "  Fostering framework  ", " Cabinet Member ", Money.Zero, 0);

        Assert.Equal(7, decision.AuthorityId);
        Assert.Equal("21/00077", decision.Reference);
        Assert.Equal("Fostering framework", decision.Title);
        Assert.Equal("Cabinet Member", decision.DecisionMaker);
        Assert.Equal(Money.Zero, decision.Value);
        Assert.Equal(0, decision.DivisionsAffected);
        Assert.Equal(KeyDecisionStatus.Proposed, decision.Status);
        Assert.Null(decision.FirstPublishedOn);
        Assert.Null(decision.DecisionDueOn);
        Assert.Null(decision.DecidedOn);
        Assert.Equal(0, decision.Version);
    }

    [Fact]
    public void Propose_EveryFieldAtItsMaximumLength_IsAccepted()
    {
        var decision = KeyDecision.Propose(1, new string('r', 20), new string('t', 300), new string('m', 200), OneMillion, 500);

        Assert.Equal(20, decision.Reference.Length);
        Assert.Equal(300, decision.Title.Length);
        Assert.Equal(200, decision.DecisionMaker.Length);
    }

    [Theory]
    [InlineData("", "Title", "Maker", "Reference")]
    [InlineData("   ", "Title", "Maker", "Reference")]
    [InlineData(null, "Title", "Maker", "Reference")]
    [InlineData("123456789012345678901", "Title", "Maker", "Reference")] // 21 characters
    [InlineData("21/00077", "", "Maker", "Title")]
    [InlineData("21/00077", null, "Maker", "Title")]
    [InlineData("21/00077", "Title", "", "DecisionMaker")]
    [InlineData("21/00077", "Title", " ", "DecisionMaker")]
    public void Propose_MissingOrTooLongText_ThrowsOnThatField(string? reference, string? title, string? maker, string field)
    {
        var exception = Assert.Throws<DomainException>(
            () => KeyDecision.Propose(1, reference!, title!, maker!, OneMillion, 3));

        Assert.Equal(field, exception.Field);
    }

    [Fact]
    public void Propose_TitleOf301Characters_ThrowsOnTitle()
    {
        var exception = Assert.Throws<DomainException>(
            () => KeyDecision.Propose(1, "21/00077", new string('t', 301), "Maker", OneMillion, 3));

        Assert.Equal(nameof(KeyDecision.Title), exception.Field);
        Assert.Equal("Enter a title of up to 300 characters", exception.Message);
    }

    [Fact]
    public void Propose_DecisionMakerOf201Characters_ThrowsOnDecisionMaker()
    {
        var exception = Assert.Throws<DomainException>(
            () => KeyDecision.Propose(1, "21/00077", "Title", new string('m', 201), OneMillion, 3));

        Assert.Equal(nameof(KeyDecision.DecisionMaker), exception.Field);
    }

    [Fact]
    public void Propose_NegativeValue_ThrowsOnValue()
    {
        var exception = Assert.Throws<DomainException>(
            () => KeyDecision.Propose(1, "21/00077", "Title", "Maker", Money.FromPence(-1), 3));

        Assert.Equal(nameof(KeyDecision.Value), exception.Field);
        Assert.Equal("The value must be £0 or more", exception.Message);
    }

    [Fact]
    public void Propose_NegativeDivisions_ThrowsOnDivisionsAffected()
    {
        var exception = Assert.Throws<DomainException>(
            () => KeyDecision.Propose(1, "21/00077", "Title", "Maker", OneMillion, -1));

        Assert.Equal(nameof(KeyDecision.DivisionsAffected), exception.Field);
        Assert.Equal("Divisions affected must be 0 or more", exception.Message);
    }

    // ---- Advance ------------------------------------------------------------------------------------------------

    [Fact]
    public void Advance_WholeLifecycle_RecordsDatesAndIncrementsVersion()
    {
        var decision = Propose();

        decision.Advance(KeyDecisionStatus.Published, D("2021-11-01"));
        Assert.Equal(KeyDecisionStatus.Published, decision.Status);
        Assert.Equal(D("2021-11-01"), decision.FirstPublishedOn);
        Assert.Null(decision.DecidedOn);
        Assert.Equal(1, decision.Version);

        decision.Advance(KeyDecisionStatus.Made, D("2021-12-01"));
        Assert.Equal(KeyDecisionStatus.Made, decision.Status);
        Assert.Equal(D("2021-12-01"), decision.DecidedOn);
        Assert.Equal(2, decision.Version);

        decision.Advance(KeyDecisionStatus.Implemented, D("2022-01-04"));
        Assert.Equal(KeyDecisionStatus.Implemented, decision.Status);
        Assert.Equal(D("2021-11-01"), decision.FirstPublishedOn);
        Assert.Equal(D("2021-12-01"), decision.DecidedOn);
        Assert.Equal(3, decision.Version);
    }

    [Fact]
    public void Advance_MadeOnTheDayItWasPublished_IsAccepted()
    {
        var decision = DecisionIn(KeyDecisionStatus.Published);

        decision.Advance(KeyDecisionStatus.Made, D("2021-11-01"));

        Assert.Equal(KeyDecisionStatus.Made, decision.Status);
        Assert.Equal(D("2021-11-01"), decision.DecidedOn);
    }

    [Fact]
    public void Advance_MadeBeforeItWasPublished_ThrowsOnDecidedOn()
    {
        var decision = DecisionIn(KeyDecisionStatus.Published);
        var version = decision.Version;

        var exception = Assert.Throws<DomainException>(() => decision.Advance(KeyDecisionStatus.Made, D("2021-10-31")));

        Assert.Equal(nameof(KeyDecision.DecidedOn), exception.Field);
        Assert.Equal("A decision cannot be made before it was published", exception.Message);
        Assert.Equal(KeyDecisionStatus.Published, decision.Status);
        Assert.Null(decision.DecidedOn);
        Assert.Equal(version, decision.Version);
    }

    // The whole transition table: the three forward moves are the only legal ones.
    [Theory]
    [InlineData(KeyDecisionStatus.Proposed, KeyDecisionStatus.Proposed, false)]
    [InlineData(KeyDecisionStatus.Proposed, KeyDecisionStatus.Published, true)]
    [InlineData(KeyDecisionStatus.Proposed, KeyDecisionStatus.Made, false)]
    [InlineData(KeyDecisionStatus.Proposed, KeyDecisionStatus.Implemented, false)]
    [InlineData(KeyDecisionStatus.Published, KeyDecisionStatus.Proposed, false)]
    [InlineData(KeyDecisionStatus.Published, KeyDecisionStatus.Published, false)]
    [InlineData(KeyDecisionStatus.Published, KeyDecisionStatus.Made, true)]
    [InlineData(KeyDecisionStatus.Published, KeyDecisionStatus.Implemented, false)]
    [InlineData(KeyDecisionStatus.Made, KeyDecisionStatus.Proposed, false)]
    [InlineData(KeyDecisionStatus.Made, KeyDecisionStatus.Published, false)]
    [InlineData(KeyDecisionStatus.Made, KeyDecisionStatus.Made, false)]
    [InlineData(KeyDecisionStatus.Made, KeyDecisionStatus.Implemented, true)]
    [InlineData(KeyDecisionStatus.Implemented, KeyDecisionStatus.Proposed, false)]
    [InlineData(KeyDecisionStatus.Implemented, KeyDecisionStatus.Published, false)]
    [InlineData(KeyDecisionStatus.Implemented, KeyDecisionStatus.Made, false)]
    [InlineData(KeyDecisionStatus.Implemented, KeyDecisionStatus.Implemented, false)]
    public void Advance_EveryPairOfStatuses_FollowsTheTransitionTable(KeyDecisionStatus from, KeyDecisionStatus to, bool legal)
    {
        var decision = DecisionIn(from);
        var version = decision.Version;

        if (legal)
        {
            decision.Advance(to, D("2022-02-01"));

            Assert.Equal(to, decision.Status);
            Assert.Equal(version + 1, decision.Version);
        }
        else
        {
            var exception = Assert.Throws<DomainException>(() => decision.Advance(to, D("2022-02-01")));

            Assert.Equal(nameof(KeyDecision.Status), exception.Field);
            Assert.Equal(
                $"A {from.ToString().ToLowerInvariant()} decision cannot become {to.ToString().ToLowerInvariant()}",
                exception.Message);
            Assert.Equal(from, decision.Status);
            Assert.Equal(version, decision.Version);
        }
    }

    [Fact]
    public void Advance_ProposedToMade_ThrowsWithReadableMessage()
    {
        var exception = Assert.Throws<DomainException>(() => Propose().Advance(KeyDecisionStatus.Made, D("2021-12-01")));

        Assert.Equal("A proposed decision cannot become made", exception.Message);
    }

    [Fact]
    public void Advance_IllegalMove_LeavesDatesUnchanged()
    {
        var decision = DecisionIn(KeyDecisionStatus.Made);

        Assert.Throws<DomainException>(() => decision.Advance(KeyDecisionStatus.Published, D("2022-02-01")));

        Assert.Equal(D("2021-11-01"), decision.FirstPublishedOn);
        Assert.Equal(D("2021-12-01"), decision.DecidedOn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Advance_UndefinedStatus_Throws(int to)
    {
        var decision = Propose();

        var exception = Assert.Throws<DomainException>(() => decision.Advance((KeyDecisionStatus)to, D("2021-11-01")));

        Assert.Equal(nameof(KeyDecision.Status), exception.Field);
        Assert.Equal(KeyDecisionStatus.Proposed, decision.Status);
    }

    [Fact]
    public void SetDueDate_AnyStatus_SetsDateAndIncrementsVersion()
    {
        var decision = Propose();

        decision.SetDueDate(D("2021-12-01"));

        Assert.Equal(D("2021-12-01"), decision.DecisionDueOn);
        Assert.Equal(1, decision.Version);
    }

    // ---- KeyDecisionReasons -------------------------------------------------------------------------------------

    [Theory]
    [InlineData(46_000_000_00L, 81, "value over £1m|affects more than two electoral divisions")] // the seed: 21/00077
    [InlineData(1_000_000_01L, 0, "value over £1m")]
    [InlineData(0L, 3, "affects more than two electoral divisions")]
    [InlineData(1_000_000_00L, 2, "")] // exactly £1m and two divisions: not key
    public void KeyDecisionReasons_SaysWhichTestMadeItKey(long valuePence, int divisions, string expected)
    {
        var reasons = KeyDecision.KeyDecisionReasons(Money.FromPence(valuePence), divisions, OneMillion);

        Assert.Equal(expected, string.Join("|", reasons));
        Assert.Equal(reasons.Count > 0, KeyDecision.IsKeyDecision(Money.FromPence(valuePence), divisions, OneMillion));
    }

    [Theory]
    [InlineData(750_000_00L, "value over £750,000.00")]
    [InlineData(2_000_000_00L, "value over £2m")]
    public void KeyDecisionReasons_AuthorityThreshold_IsNamed(long thresholdPence, string expected) =>
        Assert.Equal([expected], Propose().KeyReasons(Money.FromPence(thresholdPence)).Take(1));

    // ---- Propose for an authority -------------------------------------------------------------------------------

    [Theory]
    [InlineData(81, false)]
    [InlineData(82, true)]
    public void Propose_ForAnAuthority_DivisionsCannotExceedItsOwn(int divisions, bool throws)
    {
        var kent = Authority.Create("Kent County Council", "Kent", "E10000016", 81, "#0b4f6c");

        var propose = () => KeyDecision.Propose(kent, "21/00077", "Strategy", "Cabinet Member", Money.FromPence(1), divisions);

        if (!throws)
        {
            Assert.Equal(divisions, propose().DivisionsAffected);
            return;
        }
        var exception = Assert.Throws<DomainException>(propose);
        Assert.Equal(nameof(KeyDecision.DivisionsAffected), exception.Field);
        Assert.Equal("Divisions affected must be 81 or fewer: Kent County Council has 81 electoral divisions", exception.Message);
    }
}
