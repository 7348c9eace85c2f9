namespace Hearth.Domain.Procurement.Tendering;

/// <summary>
/// The frozen outcome of one bid's evaluation, recorded at award: what the standstill letters quote and what the
/// framework's ranks come from. Never changed afterwards.
/// </summary>
public sealed class TenderResult
{
    private TenderResult() { }

    public TenderResult(int tenderId, int lotNumber, BidResult result, bool awarded)
    {
        TenderId = tenderId;
        LotNumber = lotNumber;
        BidId = result.BidId;
        ProviderId = result.ProviderId;
        Compliant = result.Compliant;
        MeetsQualityThreshold = result.MeetsQualityThreshold;
        Reasons = result.Reasons.ToList();
        EvaluatedPricePence = result.EvaluatedPrice?.Pence;
        PriceScore = result.PriceScore is { } p ? Math.Round(p, 4, MidpointRounding.AwayFromZero) : null;
        QualityScore = result.QualityScore is { } q ? Math.Round(q, 4, MidpointRounding.AwayFromZero) : null;
        Total = result.Total is { } t ? Math.Round(t, 4, MidpointRounding.AwayFromZero) : null;
        Rank = result.Rank;
        AbnormallyLow = result.AbnormallyLow;
        Awarded = awarded;
    }

    public int Id { get; private set; }
    public int TenderId { get; private set; }
    public int LotNumber { get; private set; }
    public int BidId { get; private set; }
    public int ProviderId { get; private set; }
    public bool Compliant { get; private set; }
    public bool MeetsQualityThreshold { get; private set; }
    public List<string> Reasons { get; private set; } = [];
    public long? EvaluatedPricePence { get; private set; }
    public decimal? PriceScore { get; private set; }
    public decimal? QualityScore { get; private set; }
    public decimal? Total { get; private set; }
    public int? Rank { get; private set; }
    public bool AbnormallyLow { get; private set; }
    public bool Awarded { get; private set; }
}
