using Hearth.Domain.Common;

namespace Hearth.Domain.Procurement.Tendering;

public enum QuestionKind
{
    /// <summary>Scored 0–5 by each evaluator, then moderated; carries a weight.</summary>
    Scored = 1,
    /// <summary>Pass or fail (e.g. Ofsted registration, insurance); a fail makes the bid non-compliant.</summary>
    PassFail = 2,
}

/// <summary>A question of a lot's quality questionnaire.</summary>
public sealed record QualityQuestion(int Number, string Text, QuestionKind Kind, int Weight, int? MinimumScore)
{
    public const int MaximumTextLength = 2_000;
}

/// <summary>
/// The 0–5 scale every scored answer is marked on, with the descriptors published in the tender documents.
/// </summary>
public static class ScoreScale
{
    public const int Lowest = 0;
    public const int Highest = 5;

    public static IReadOnlyList<(int Score, string Name, string Descriptor)> Descriptors { get; } =
    [
        (0, "Unacceptable", "No answer, or the answer does not address the question."),
        (1, "Poor", "Major gaps or weaknesses; little confidence the requirement will be met."),
        (2, "Weak", "Some gaps or weaknesses; limited confidence the requirement will be met."),
        (3, "Satisfactory", "Meets the requirement with minor gaps; reasonable confidence."),
        (4, "Good", "Meets the requirement fully, with some evidence of added value; good confidence."),
        (5, "Excellent", "Exceeds the requirement with clear evidence and added value; full confidence."),
    ];

    public static void Check(int score, string field)
    {
        if (score is < Lowest or > Highest) throw new DomainException(field, "Enter a score from 0 to 5");
    }
}

/// <summary>
/// A lot's quality questionnaire: scored questions whose weights add up to exactly 100, and pass/fail questions with no
/// weight. A scored question may set a minimum moderated score below which the bid fails quality.
/// </summary>
public sealed class QualityQuestionnaire
{
    public const int MaximumQuestions = 50;

    private QualityQuestionnaire(IReadOnlyList<QualityQuestion> questions) => Questions = questions;

    public IReadOnlyList<QualityQuestion> Questions { get; }

    public IEnumerable<QualityQuestion> Scored => Questions.Where(q => q.Kind == QuestionKind.Scored);

    public IEnumerable<QualityQuestion> PassFail => Questions.Where(q => q.Kind == QuestionKind.PassFail);

    public static QualityQuestionnaire Create(IReadOnlyList<QualityQuestion> questions)
    {
        if (questions is null || questions.Count == 0) throw new DomainException("Questions", "Add at least one question");
        if (questions.Count > MaximumQuestions) throw new DomainException("Questions", $"A lot can have no more than {MaximumQuestions} questions");
        var numbers = new HashSet<int>();
        foreach (var q in questions)
        {
            var field = $"Questions[{q.Number}]";
            if (!numbers.Add(q.Number)) throw new DomainException(field, $"Question {q.Number} appears more than once");
            var text = (q.Text ?? "").Trim();
            if (text.Length == 0) throw new DomainException(field + ".Text", $"Enter the text of question {q.Number}");
            if (text.Length > QualityQuestion.MaximumTextLength)
                throw new DomainException(field + ".Text", $"Question {q.Number} must be {QualityQuestion.MaximumTextLength} characters or fewer");
            if (!Enum.IsDefined(q.Kind)) throw new DomainException(field + ".Kind", $"Select whether question {q.Number} is scored or pass/fail");
            if (q.Kind == QuestionKind.PassFail)
            {
                if (q.Weight != 0) throw new DomainException(field + ".Weight", $"Question {q.Number} is pass/fail, so it has no weight");
                if (q.MinimumScore is not null) throw new DomainException(field + ".MinimumScore", $"Question {q.Number} is pass/fail, so it has no minimum score");
            }
            else
            {
                if (q.Weight is < 1 or > 100) throw new DomainException(field + ".Weight", $"Enter a weight from 1 to 100 for question {q.Number}");
                if (q.MinimumScore is { } min) ScoreScale.Check(min, field + ".MinimumScore");
            }
        }
        var total = questions.Where(q => q.Kind == QuestionKind.Scored).Sum(q => q.Weight);
        if (total == 0) throw new DomainException("Questions", "Add at least one scored question");
        if (total != 100) throw new DomainException("Questions", $"The weights of the scored questions must add up to 100; they add up to {total}");
        return new QualityQuestionnaire(questions.Select(q => q with { Text = q.Text.Trim() }).OrderBy(q => q.Number).ToList());
    }
}
