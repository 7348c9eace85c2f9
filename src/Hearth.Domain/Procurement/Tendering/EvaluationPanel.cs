using Hearth.Domain.Common;

namespace Hearth.Domain.Procurement.Tendering;

/// <summary>An evaluator's own score of one answer, with the comment that justifies it.</summary>
public sealed class IndividualScore
{
    public const int MaximumCommentLength = 4_000;

    private IndividualScore() { }

    internal IndividualScore(int bidId, int questionNumber, string evaluatorId, int score, string comment, DateTimeOffset at)
    {
        BidId = bidId;
        QuestionNumber = questionNumber;
        EvaluatorId = evaluatorId;
        Apply(score, comment, at);
    }

    public int Id { get; private set; }
    public int BidId { get; private set; }
    public int QuestionNumber { get; private set; }
    public string EvaluatorId { get; private set; } = "";
    public int Score { get; private set; }
    public string Comment { get; private set; } = "";
    public DateTimeOffset ScoredAt { get; private set; }

    internal void Apply(int score, string comment, DateTimeOffset at)
    {
        ScoreScale.Check(score, "Score");
        comment = (comment ?? "").Trim();
        if (comment.Length == 0) throw new DomainException("Comment", "Enter a comment that explains the score");
        if (comment.Length > MaximumCommentLength)
            throw new DomainException("Comment", $"The comment must be {MaximumCommentLength} characters or fewer");
        Score = score;
        Comment = comment;
        ScoredAt = at;
    }
}

/// <summary>The consensus score of one answer agreed at moderation, with its rationale.</summary>
public sealed record ModeratedScore(int BidId, int QuestionNumber, int Score, string Rationale, string ModeratorId, DateTimeOffset At)
{
    public int Id { get; private set; }
}

/// <summary>
/// The evaluation panel of a lot: evaluators score each scored answer independently, and cannot see one another's
/// scores for a bid until every evaluator has scored every question of it (the moderation point). Moderation then records
/// one consensus score and rationale per answer, after which the individual scores are locked.
/// </summary>
public sealed class EvaluationPanel
{
    private readonly List<IndividualScore> _scores;
    private readonly List<ModeratedScore> _moderated;

    public EvaluationPanel(
        IReadOnlyCollection<string> evaluatorIds, QualityQuestionnaire questionnaire,
        IEnumerable<IndividualScore>? scores = null, IEnumerable<ModeratedScore>? moderated = null)
    {
        if (evaluatorIds is null || evaluatorIds.Count == 0) throw new DomainException("Evaluators", "Add at least one evaluator to the panel");
        Evaluators = evaluatorIds.ToHashSet(StringComparer.Ordinal);
        Questionnaire = questionnaire;
        _scores = scores?.ToList() ?? [];
        _moderated = moderated?.ToList() ?? [];
    }

    public IReadOnlySet<string> Evaluators { get; }
    public QualityQuestionnaire Questionnaire { get; }
    public IReadOnlyList<IndividualScore> Scores => _scores;
    public IReadOnlyList<ModeratedScore> Moderated => _moderated;

    /// <summary>Records or changes the evaluator's own score; nobody can write another evaluator's score.</summary>
    public IndividualScore Score(string evaluatorId, int bidId, int questionNumber, int score, string comment, DateTimeOffset at)
    {
        if (!Evaluators.Contains(evaluatorId)) throw new DomainException("Score", "Only members of the evaluation panel can score");
        if (!Questionnaire.Scored.Any(q => q.Number == questionNumber))
            throw new DomainException("QuestionNumber", $"Question {questionNumber} is not a scored question of this lot");
        if (_moderated.Any(m => m.BidId == bidId && m.QuestionNumber == questionNumber))
            throw new DomainException("Score", "This answer has been moderated, so its scores can no longer change");
        var existing = _scores.FirstOrDefault(s => s.BidId == bidId && s.QuestionNumber == questionNumber && s.EvaluatorId == evaluatorId);
        if (existing is not null)
        {
            existing.Apply(score, comment, at);
            return existing;
        }
        var created = new IndividualScore(bidId, questionNumber, evaluatorId, score, comment, at);
        _scores.Add(created);
        return created;
    }

    /// <summary>
    /// Changes a score already recorded, by its owner only: a second evaluator editing the first's score is refused.
    /// </summary>
    public void Change(string evaluatorId, IndividualScore score, int newScore, string comment, DateTimeOffset at)
    {
        if (!string.Equals(score.EvaluatorId, evaluatorId, StringComparison.Ordinal))
            throw new DomainException("Score", "You can only change your own scores");
        Score(evaluatorId, score.BidId, score.QuestionNumber, newScore, comment, at);
    }

    /// <summary>True once every evaluator has scored every scored question of the bid: moderation can start.</summary>
    public bool ReadyForModeration(int bidId) =>
        Questionnaire.Scored.All(q => Evaluators.All(e => _scores.Any(s => s.BidId == bidId && s.QuestionNumber == q.Number && s.EvaluatorId == e)));

    /// <summary>
    /// The individual scores of a bid that <paramref name="viewerId"/> may see: an evaluator sees only their own until the
    /// bid is ready for moderation; then the whole panel sees all of them. Someone off the panel sees none until then.
    /// </summary>
    public IReadOnlyList<IndividualScore> VisibleTo(string viewerId, int bidId)
    {
        var bidScores = _scores.Where(s => s.BidId == bidId);
        return ReadyForModeration(bidId)
            ? bidScores.ToList()
            : bidScores.Where(s => string.Equals(s.EvaluatorId, viewerId, StringComparison.Ordinal)).ToList();
    }

    /// <summary>Records the consensus score of one answer, once every evaluator has scored the bid.</summary>
    public ModeratedScore Moderate(string moderatorId, int bidId, int questionNumber, int score, string rationale, DateTimeOffset at)
    {
        if (!Questionnaire.Scored.Any(q => q.Number == questionNumber))
            throw new DomainException("QuestionNumber", $"Question {questionNumber} is not a scored question of this lot");
        if (!ReadyForModeration(bidId))
            throw new DomainException("Score", "Every evaluator must score every question of this bid before moderation");
        ScoreScale.Check(score, "Score");
        rationale = (rationale ?? "").Trim();
        if (rationale.Length == 0) throw new DomainException("Rationale", "Enter the rationale for the moderated score");
        if (rationale.Length > IndividualScore.MaximumCommentLength)
            throw new DomainException("Rationale", $"The rationale must be {IndividualScore.MaximumCommentLength} characters or fewer");
        if (_moderated.Any(m => m.BidId == bidId && m.QuestionNumber == questionNumber))
            throw new DomainException("Score", $"Question {questionNumber} of this bid has already been moderated");
        var moderated = new ModeratedScore(bidId, questionNumber, score, rationale, moderatorId, at);
        _moderated.Add(moderated);
        return moderated;
    }

    /// <summary>The consensus scores of a bid by question number.</summary>
    public IReadOnlyDictionary<int, int> ModeratedScoresFor(int bidId) =>
        _moderated.Where(m => m.BidId == bidId).ToDictionary(m => m.QuestionNumber, m => m.Score);

    /// <summary>True when every scored question of every given bid has a consensus score: the lot can be awarded.</summary>
    public bool IsModerated(IEnumerable<int> bidIds) =>
        bidIds.All(b => Questionnaire.Scored.All(q => _moderated.Any(m => m.BidId == b && m.QuestionNumber == q.Number)));
}
