using Hearth.Domain.Common;

namespace Hearth.Domain.Procurement.Tendering;

public enum PriceScoringMethod
{
    /// <summary>Price marks × lowest compliant price ÷ the bid's price.</summary>
    RelativeToLowest = 1,
    /// <summary>
    /// Bids above a published affordability ceiling are non-compliant; the others score price marks × (ceiling − price)
    /// ÷ (ceiling − lowest compliant price): the lowest scores full marks, a bid at the ceiling none.
    /// </summary>
    AffordabilityCeiling = 2,
}

/// <summary>
/// The price/quality split (e.g. 40/60) and how price is scored: stated before publication and frozen once published.
/// </summary>
public sealed record EvaluationMethod(int PriceWeight, int QualityWeight, PriceScoringMethod Method, Money? Ceiling, int QualityThreshold)
{
    public static EvaluationMethod Create(int priceWeight, int qualityWeight, PriceScoringMethod method, Money? ceiling, int qualityThreshold)
    {
        if (priceWeight is < 0 or > 100) throw new DomainException("PriceWeight", "Enter a price weight from 0 to 100");
        if (qualityWeight is < 0 or > 100) throw new DomainException("QualityWeight", "Enter a quality weight from 0 to 100");
        if (priceWeight + qualityWeight != 100)
            throw new DomainException("PriceWeight", $"The price and quality weights must add up to 100; they add up to {priceWeight + qualityWeight}");
        if (!Enum.IsDefined(method)) throw new DomainException("Method", "Select how price is scored");
        if (method == PriceScoringMethod.AffordabilityCeiling)
        {
            if (ceiling is null) throw new DomainException("Ceiling", "Enter the affordability ceiling");
            if (ceiling.Value.Pence <= 0 || ceiling.Value > PriceSchedule.MaximumWeeklyPrice)
                throw new DomainException("Ceiling", "The affordability ceiling must be more than £0 and no more than £20,000 a week");
        }
        else if (ceiling is not null) throw new DomainException("Ceiling", "An affordability ceiling only applies when price is scored against it");
        if (qualityThreshold is < 0 or > 100)
            throw new DomainException("QualityThreshold", "Enter a minimum quality score from 0 to 100 (% of the quality marks)");
        return new EvaluationMethod(priceWeight, qualityWeight, method, ceiling, qualityThreshold);
    }

    /// <summary>
    /// The price score of one compliant bid, exact (not rounded: rounding happens only for display, so ranks never
    /// depend on it).
    /// </summary>
    public decimal PriceScore(Money price, Money lowestCompliant)
    {
        if (price.Pence <= 0 || lowestCompliant.Pence <= 0) throw new ArgumentOutOfRangeException(nameof(price), "Prices must be positive");
        if (lowestCompliant > price) throw new ArgumentOutOfRangeException(nameof(lowestCompliant), "The lowest price cannot be above this price");
        switch (Method)
        {
            case PriceScoringMethod.RelativeToLowest:
                return PriceWeight * (decimal)lowestCompliant.Pence / price.Pence;
            case PriceScoringMethod.AffordabilityCeiling:
                var ceiling = Ceiling!.Value.Pence;
                if (price.Pence > ceiling) throw new ArgumentOutOfRangeException(nameof(price), "A bid above the ceiling is not scored");
                if (ceiling == lowestCompliant.Pence) return PriceWeight;
                return PriceWeight * (decimal)(ceiling - price.Pence) / (ceiling - lowestCompliant.Pence);
            default:
                throw new ArgumentOutOfRangeException(nameof(Method), Method, "Unknown price scoring method");
        }
    }

    /// <summary>The quality score: the quality weight × Σ (moderated score ÷ 5 × question weight ÷ 100).</summary>
    public decimal QualityScore(QualityQuestionnaire questionnaire, IReadOnlyDictionary<int, int> moderatedScores)
    {
        decimal sum = 0;
        foreach (var q in questionnaire.Scored)
        {
            if (!moderatedScores.TryGetValue(q.Number, out var score))
                throw new DomainException($"Questions[{q.Number}]", $"Question {q.Number} has not been moderated");
            ScoreScale.Check(score, $"Questions[{q.Number}]");
            sum += (decimal)score * q.Weight;
        }
        return QualityWeight * sum / (ScoreScale.Highest * 100m);
    }
}
