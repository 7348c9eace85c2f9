using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement.Tendering;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hearth.Web.Features.Tenders;

/// <summary>A lot as typed on the add-a-lot page (and sent to the API).</summary>
public sealed class LotInput
{
    public const int QuestionRows = 10;

    public sealed class QuestionInput
    {
        public string? Text { get; set; }
        public QuestionKind Kind { get; set; } = QuestionKind.Scored;
        public int? Weight { get; set; }
        public int? MinimumScore { get; set; }
    }

    [Required(ErrorMessage = "Enter the name of the lot")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Select the placement category of the lot")]
    public PlacementCategory? Category { get; set; }

    public List<string> Supplements { get; set; } = [];

    public List<QuestionInput> Questions { get; set; } = [];

    [Required(ErrorMessage = "Enter the price weight")]
    [Range(0, 100, ErrorMessage = "Enter a price weight from 0 to 100")]
    public int? PriceWeight { get; set; } = 40;

    [Required(ErrorMessage = "Enter the quality weight")]
    [Range(0, 100, ErrorMessage = "Enter a quality weight from 0 to 100")]
    public int? QualityWeight { get; set; } = 60;

    [Required(ErrorMessage = "Select how price is scored")]
    public PriceScoringMethod? Method { get; set; } = PriceScoringMethod.RelativeToLowest;

    public string? Ceiling { get; set; }

    [Required(ErrorMessage = "Enter the quality threshold")]
    [Range(0, 100, ErrorMessage = "Enter a quality threshold from 0 to 100")]
    public int? QualityThreshold { get; set; } = 50;

    [Required(ErrorMessage = "Select how the lot is awarded")]
    public AwardBasis? AwardBasis { get; set; } = Hearth.Domain.Procurement.Tendering.AwardBasis.AllQualifying;

    public int? TopN { get; set; }

    public int Version { get; set; }

    public static List<SelectListItem> CategoryOptions { get; } =
        Enum.GetValues<PlacementCategory>().Select(c => new SelectListItem(TenderText.Category(c), c.ToString())).ToList();

    public static List<SelectListItem> SupplementOptions { get; } =
        PriceRow.CommonSupplements.Select(s => new SelectListItem(s.Name, s.Code)).ToList();

    public static List<SelectListItem> KindOptions { get; } =
        [new("Scored 0 to 5", nameof(QuestionKind.Scored)), new("Pass or fail", nameof(QuestionKind.PassFail))];

    public static List<SelectListItem> MethodOptions { get; } =
    [
        new(TenderText.Method(PriceScoringMethod.RelativeToLowest) + ": marks × lowest price ÷ bid price", nameof(PriceScoringMethod.RelativeToLowest)),
        new(TenderText.Method(PriceScoringMethod.AffordabilityCeiling) + ": full marks at the lowest price, none at the ceiling; bids above it are non-compliant", nameof(PriceScoringMethod.AffordabilityCeiling)),
    ];

    public static List<SelectListItem> AwardOptions { get; } =
    [
        new("Every bid that passes the thresholds, ranked", nameof(Hearth.Domain.Procurement.Tendering.AwardBasis.AllQualifying)),
        new("Only the top ranked bids", nameof(Hearth.Domain.Procurement.Tendering.AwardBasis.TopRanked)),
    ];

    public void PadQuestions()
    {
        while (Questions.Count < QuestionRows) Questions.Add(new QuestionInput());
    }

    /// <summary>The questionnaire from the filled rows; a question's number is its row. Errors name the row's field.</summary>
    public QualityQuestionnaire Questionnaire()
    {
        var questions = new List<QualityQuestion>();
        for (var i = 0; i < Questions.Count; i++)
        {
            var q = Questions[i];
            if (string.IsNullOrWhiteSpace(q.Text) && q.Weight is null && q.MinimumScore is null) continue;
            var weight = q.Kind == QuestionKind.PassFail ? q.Weight ?? 0 : q.Weight
                ?? throw new DomainException($"Questions[{i + 1}].Weight", $"Enter a weight for question {i + 1}");
            questions.Add(new QualityQuestion(i + 1, q.Text ?? "", q.Kind, weight, q.MinimumScore));
        }
        return QualityQuestionnaire.Create(questions);
    }

    public EvaluationMethod EvaluationMethod()
    {
        Money? ceiling = null;
        if (!string.IsNullOrWhiteSpace(Ceiling))
        {
            if (!Money.TryParse(Ceiling, out var parsed)) throw new DomainException(nameof(Ceiling), "Enter the ceiling as a weekly amount in pounds, like £1,100");
            ceiling = parsed;
        }
        return Hearth.Domain.Procurement.Tendering.EvaluationMethod.Create(PriceWeight!.Value, QualityWeight!.Value, Method!.Value, ceiling, QualityThreshold!.Value);
    }

    /// <summary>"Questions[3].Weight" (the domain's field, numbered from 1) as the form's "Input.Questions[2].Weight".</summary>
    public static string FormKey(string field)
    {
        if (field.StartsWith("Questions[", StringComparison.Ordinal))
        {
            var close = field.IndexOf(']', StringComparison.Ordinal);
            if (close > 10 && int.TryParse(field.AsSpan(10, close - 10), out var number))
                return field.Length > close + 1 ? $"Input.Questions[{number - 1}]{field[(close + 1)..]}" : $"Input.Questions[{number - 1}].Text";
        }
        return "Input." + field;
    }
}
