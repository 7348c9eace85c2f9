using Hearth.Domain.Common;
using Hearth.Domain.Procurement.Tendering;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Procurement.Tendering;

public class EvaluationPanelTests
{
    private static readonly QualityQuestionnaire Questions = QualityQuestionnaire.Create(
    [
        new(1, "Matching", QuestionKind.Scored, 50, null),
        new(2, "Support", QuestionKind.Scored, 50, null),
        new(3, "Registration", QuestionKind.PassFail, 0, null),
    ]);

    private static readonly DateTimeOffset At = Instant("2022-01-20T10:00:00Z");

    private static EvaluationPanel Panel() => new(["ann", "bob"], Questions);

    [Fact]
    public void Evaluators_see_only_their_own_scores_until_everyone_has_scored_the_bid()
    {
        var panel = Panel();
        panel.Score("ann", 7, 1, 4, "Strong matching process", At);
        panel.Score("ann", 7, 2, 3, "Adequate", At);
        panel.Score("bob", 7, 1, 3, "Some gaps", At);

        Assert.False(panel.ReadyForModeration(7));
        Assert.All(panel.VisibleTo("ann", 7), s => Assert.Equal("ann", s.EvaluatorId));
        Assert.All(panel.VisibleTo("bob", 7), s => Assert.Equal("bob", s.EvaluatorId));
        Assert.Empty(panel.VisibleTo("commissioner", 7));

        panel.Score("bob", 7, 2, 3, "Adequate", At);
        Assert.True(panel.ReadyForModeration(7));
        Assert.Equal(4, panel.VisibleTo("ann", 7).Count);
    }

    [Fact]
    public void A_second_evaluator_cannot_change_the_first_evaluators_score()
    {
        var panel = Panel();
        var anns = panel.Score("ann", 7, 1, 4, "Strong", At);
        var ex = Assert.Throws<DomainException>(() => panel.Change("bob", anns, 1, "Weak", At));
        Assert.Equal("You can only change your own scores", ex.Message);
        Assert.Equal(4, anns.Score);
        panel.Change("ann", anns, 5, "Excellent on reflection", At);
        Assert.Equal(5, anns.Score);
    }

    [Theory]
    [InlineData(-1, "ok", "Score")]
    [InlineData(6, "ok", "Score")]
    [InlineData(3, " ", "Comment")]
    public void Scores_must_be_0_to_5_with_a_comment(int score, string comment, string field) =>
        Assert.Equal(field, Assert.Throws<DomainException>(() => Panel().Score("ann", 7, 1, score, comment, At)).Field);

    [Fact]
    public void Only_panel_members_score_and_only_scored_questions()
    {
        Assert.Equal("Only members of the evaluation panel can score", Assert.Throws<DomainException>(() => Panel().Score("eve", 7, 1, 3, "x", At)).Message);
        Assert.Equal("QuestionNumber", Assert.Throws<DomainException>(() => Panel().Score("ann", 7, 3, 3, "x", At)).Field);
    }

    [Fact]
    public void Moderation_waits_for_every_score_needs_a_rationale_and_then_locks_the_answer()
    {
        var panel = Panel();
        panel.Score("ann", 7, 1, 4, "a", At);
        panel.Score("ann", 7, 2, 4, "a", At);
        panel.Score("bob", 7, 1, 2, "b", At);
        Assert.Equal("Every evaluator must score every question of this bid before moderation",
            Assert.Throws<DomainException>(() => panel.Moderate("chair", 7, 1, 3, "Agreed", At)).Message);
        panel.Score("bob", 7, 2, 4, "b", At);

        Assert.Equal("Rationale", Assert.Throws<DomainException>(() => panel.Moderate("chair", 7, 1, 3, "", At)).Field);
        panel.Moderate("chair", 7, 1, 3, "Agreed between 4 and 2 after discussion of evidence", At);
        Assert.Equal("Score", Assert.Throws<DomainException>(() => panel.Moderate("chair", 7, 1, 4, "Again", At)).Field);
        Assert.Equal("This answer has been moderated, so its scores can no longer change",
            Assert.Throws<DomainException>(() => panel.Score("ann", 7, 1, 5, "late change", At)).Message);

        Assert.False(panel.IsModerated([7]));
        panel.Moderate("chair", 7, 2, 4, "Unanimous", At);
        Assert.True(panel.IsModerated([7]));
        Assert.Equal(new Dictionary<int, int> { [1] = 3, [2] = 4 }, panel.ModeratedScoresFor(7));
    }
}
