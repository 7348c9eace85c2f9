using Hearth.Domain.Common;

namespace Hearth.Domain.Placements;

/// <summary>Additional costs and the funding split of a placement (issue 5; costed into cost lines by ADR 0019).</summary>
public sealed partial class Placement
{
    /// <summary>No one-off cost may exceed this: a guard against a mistyped amount.</summary>
    public static readonly Money MaximumOneOffCost = Money.FromPence(100_000_00);

    private readonly List<PlacementAdditionalCost> _additionalCosts = [];
    private readonly List<PlacementFundingShare> _fundingShares = [];

    public IReadOnlyList<PlacementAdditionalCost> AdditionalCosts => _additionalCosts;
    public IReadOnlyList<PlacementFundingShare> FundingShares => _fundingShares;

    /// <summary>An additional weekly cost, charged per night from <paramref name="from"/> to <paramref name="to"/> (exclusive).</summary>
    public PlacementAdditionalCost AddWeeklyCost(string description, FundingSource fundingSource, DateOnly from, DateOnly? to, Money weeklyAmount, DateOnly today)
    {
        description = CheckDescription(description);
        CheckSource(fundingSource);
        CheckAmount(weeklyAmount, MaximumWeeklyFee, "a week");
        CheckRange(from, to);
        var cost = new PlacementAdditionalCost(AdditionalCostKind.Weekly, description, fundingSource, from, to, weeklyAmount, today);
        _additionalCosts.Add(cost);
        Version++;
        return cost;
    }

    /// <summary>A one-off cost on a date; it falls in that date's financial year.</summary>
    public PlacementAdditionalCost AddOneOffCost(string description, FundingSource fundingSource, DateOnly on, Money amount, DateOnly today)
    {
        description = CheckDescription(description);
        CheckSource(fundingSource);
        CheckAmount(amount, MaximumOneOffCost, "");
        CheckRange(on, null);
        var cost = new PlacementAdditionalCost(AdditionalCostKind.OneOff, description, fundingSource, on, null, amount, today);
        _additionalCosts.Add(cost);
        Version++;
        return cost;
    }

    /// <summary>Corrects an additional cost recorded wrongly (amount or dates); recorded as a correction, the years re-cost.</summary>
    public void CorrectAdditionalCost(int costId, Money amount, DateOnly from, DateOnly? to, string reason, DateOnly today)
    {
        var cost = _additionalCosts.FirstOrDefault(c => c.Id == costId)
            ?? throw new DomainException("CostId", "There is no such additional cost on this placement");
        if (cost.Kind == AdditionalCostKind.OneOff) to = null;
        CheckAmount(amount, cost.Kind == AdditionalCostKind.Weekly ? MaximumWeeklyFee : MaximumOneOffCost, cost.Kind == AdditionalCostKind.Weekly ? "a week" : "");
        CheckRange(from, to);
        if (cost.Amount == amount && cost.From == from && cost.To == to)
            throw new DomainException("Amount", "The corrected cost is the same as the recorded one");
        reason = CheckReason(reason);
        _corrections.Add(new PlacementCorrection("AdditionalCost", DescribeCost(cost.Description, cost.Kind, cost.Amount, cost.From, cost.To),
            DescribeCost(cost.Description, cost.Kind, amount, from, to), reason, today));
        cost.Correct(amount, from, to);
        Version++;
    }

    /// <summary>
    /// Part of the fee paid from another funding source for a period: a weekly amount or a share of the fee in basis points
    /// (exactly one). The remainder falls to the main funding source.
    /// </summary>
    public PlacementFundingShare AddFundingShare(FundingSource fundingSource, DateOnly from, DateOnly? to, Money? weeklyAmount, int? shareBasisPoints, DateOnly today)
    {
        CheckSource(fundingSource);
        if (fundingSource == FundingSource)
            throw new DomainException("FundingSource", "Choose a source other than the placement's main one: the rest of the fee already falls to it");
        CheckShareTerms(fundingSource, from, to, weeklyAmount, shareBasisPoints, except: null);
        var added = new PlacementFundingShare(fundingSource, from, to, weeklyAmount, shareBasisPoints, today);
        _fundingShares.Add(added);
        try
        {
            CheckFundingWithinFees(weeklyAmount is null ? "Share" : "Amount");
        }
        catch
        {
            _fundingShares.Remove(added);
            throw;
        }
        Version++;
        return added;
    }

    /// <summary>
    /// Corrects a part of the funding split recorded wrongly (its dates, amount or share; to end it, give it an end date): kept
    /// as a correction with the old and new terms, and the years it touches re-cost. The same checks as adding one; on bad
    /// input nothing changes.
    /// </summary>
    public void CorrectFundingShare(int shareId, DateOnly from, DateOnly? to, Money? weeklyAmount, int? shareBasisPoints, string reason, DateOnly today)
    {
        var share = _fundingShares.FirstOrDefault(s => s.Id == shareId)
            ?? throw new DomainException("ShareId", "There is no such part of the funding split on this placement");
        CheckShareTerms(share.FundingSource, from, to, weeklyAmount, shareBasisPoints, except: share);
        if (share.From == from && share.To == to && share.WeeklyAmount == weeklyAmount && share.ShareBasisPoints == shareBasisPoints)
            throw new DomainException(weeklyAmount is null ? "Share" : "Amount", "The corrected split is the same as the recorded one");
        reason = CheckReason(reason);
        var (oldFrom, oldTo, oldAmount, oldShare) = (share.From, share.To, share.WeeklyAmount, share.ShareBasisPoints);
        var before = DescribeShare(share);
        share.Correct(from, to, weeklyAmount, shareBasisPoints);
        try
        {
            CheckFundingWithinFees(weeklyAmount is null ? "Share" : "Amount");
        }
        catch
        {
            share.Correct(oldFrom, oldTo, oldAmount, oldShare);
            throw;
        }
        _corrections.Add(new PlacementCorrection("FundingShare", before, DescribeShare(share), reason, today));
        Version++;
    }

    /// <summary>
    /// Removes a part of the funding split recorded in error: its pence go back to the main source in every year it touched.
    /// Kept as a correction (what it was, and why it was removed).
    /// </summary>
    public void RemoveFundingShare(int shareId, string reason, DateOnly today)
    {
        var share = _fundingShares.FirstOrDefault(s => s.Id == shareId)
            ?? throw new DomainException("ShareId", "There is no such part of the funding split on this placement");
        reason = CheckReason(reason);
        _corrections.Add(new PlacementCorrection("FundingShare", DescribeShare(share), "removed", reason, today));
        _fundingShares.Remove(share);
        Version++;
    }

    private static string DescribeShare(PlacementFundingShare s) =>
        $"{s.FundingSource}: {s.Describe()} from {s.From:yyyy-MM-dd}{(s.To is { } t ? $" to {t:yyyy-MM-dd}" : "")}";

    /// <summary>The checks on a share's own terms shared by adding and correcting: exactly one of amount and share, in range, dates within the placement, no overlap with the same source.</summary>
    private void CheckShareTerms(FundingSource fundingSource, DateOnly from, DateOnly? to, Money? weeklyAmount, int? shareBasisPoints, PlacementFundingShare? except)
    {
        if (weeklyAmount is null == shareBasisPoints is null)
            throw new DomainException("Amount", "Enter either an amount a week or a share of the fee");
        if (shareBasisPoints is { } share && share is < 1 or > PlacementFundingShare.WholeShare)
            throw new DomainException("Share", "The share must be more than 0% and no more than 100%");
        if (weeklyAmount is { } amount)
        {
            if (amount <= Money.Zero) throw new DomainException("Amount", "The amount a week must be more than £0");
            foreach (var period in FeesDuring(from, to))
                if (amount > period.WeeklyFee)
                    throw new DomainException("Amount", $"The amount a week must not be more than the weekly fee ({period.WeeklyFee} from {period.EffectiveFrom:d MMMM yyyy})");
        }
        CheckRange(from, to);
        if (_fundingShares.Any(s => s != except && s.FundingSource == fundingSource && Overlaps(s.From, s.To, from, to)))
            throw new DomainException("From", "This funding source already pays a part of the fee for some of those dates");
    }

    /// <summary>
    /// On every night, the other sources together pay no more than the fee, so the main source's part is never below zero
    /// (checked at each date where a fee or a share starts or ends).
    /// </summary>
    private void CheckFundingWithinFees(string field)
    {
        if (_fundingShares.Count == 0) return;
        var dates = new SortedSet<DateOnly> { StartDate };
        foreach (var f in _feePeriods) dates.Add(f.EffectiveFrom);
        foreach (var s in _fundingShares)
        {
            dates.Add(s.From);
            if (s.To is { } to) dates.Add(to);
        }
        foreach (var night in dates)
        {
            if (night < StartDate || (EndDate is { } end && night >= end)) continue;
            var fee = FeeOn(night);
            var total = Money.Zero;
            foreach (var s in _fundingShares)
                if (s.Covers(night)) total += s.WeeklyUnder(fee);
            if (total > fee)
                throw new DomainException(field, $"From {night:d MMMM yyyy} the other funding sources would pay {total} a week, more than the weekly fee of {fee}");
        }
    }

    private Money FeeOn(DateOnly night)
    {
        var fee = _feePeriods[0].WeeklyFee;
        foreach (var f in _feePeriods.OrderBy(f => f.EffectiveFrom))
            if (f.EffectiveFrom <= night) fee = f.WeeklyFee;
        return fee;
    }

    private IEnumerable<PlacementFeePeriod> FeesDuring(DateOnly from, DateOnly? to)
    {
        var ordered = _feePeriods.OrderBy(f => f.EffectiveFrom).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var periodEnd = i + 1 < ordered.Count ? ordered[i + 1].EffectiveFrom : (DateOnly?)null;
            if (Overlaps(ordered[i].EffectiveFrom, periodEnd, from, to)) yield return ordered[i];
        }
    }

    private static bool Overlaps(DateOnly aFrom, DateOnly? aTo, DateOnly bFrom, DateOnly? bTo) =>
        (aTo is null || bFrom < aTo) && (bTo is null || aFrom < bTo);

    /// <summary>A date range within the placement: from on or after the start, before the end; to after from and no later than the end.</summary>
    private void CheckRange(DateOnly from, DateOnly? to)
    {
        if (from < StartDate)
            throw new DomainException("From", $"The date must be on or after the placement started ({StartDate:d MMMM yyyy})");
        if (EndDate is { } end && from >= end)
            throw new DomainException("From", $"The date must be before the placement ended ({end:d MMMM yyyy})");
        if (to is { } until)
        {
            if (until <= from) throw new DomainException("To", "The end date must be after the start date");
            if (EndDate is { } ended && until > ended)
                throw new DomainException("To", $"The end date must be no later than the day the placement ended ({ended:d MMMM yyyy})");
        }
    }

    private static string CheckDescription(string description)
    {
        description = (description ?? "").Trim();
        if (description.Length == 0) throw new DomainException("Description", "Enter what the cost is for");
        if (description.Length > PlacementAdditionalCost.MaximumDescriptionLength)
            throw new DomainException("Description", $"The description must be {PlacementAdditionalCost.MaximumDescriptionLength} characters or fewer");
        return description;
    }

    private static void CheckSource(FundingSource source)
    {
        if (!Enum.IsDefined(source)) throw new DomainException("FundingSource", "Select the funding source");
    }

    private static void CheckAmount(Money amount, Money maximum, string per)
    {
        var suffix = per.Length == 0 ? "" : " " + per;
        if (amount <= Money.Zero) throw new DomainException("Amount", $"The amount{suffix} must be more than £0");
        if (amount > maximum) throw new DomainException("Amount", $"The amount{suffix} must be {maximum} or less");
    }

    /// <summary>Additional costs and funding that an ending on <paramref name="leftOn"/> would cut off: refused rather than lost.</summary>
    private void CheckCostsBefore(DateOnly leftOn)
    {
        foreach (var c in _additionalCosts)
        {
            if (c.From >= leftOn)
                throw new DomainException(nameof(EndDate), $"The additional cost '{c.Description}' starts on {c.From:d MMMM yyyy}, on or after this date: correct it first");
        }
        foreach (var s in _fundingShares)
        {
            if (s.From >= leftOn)
                throw new DomainException(nameof(EndDate), $"A funding split starts on {s.From:d MMMM yyyy}, on or after this date");
        }
    }

    private static string DescribeCost(string description, AdditionalCostKind kind, Money amount, DateOnly from, DateOnly? to) => kind switch
    {
        AdditionalCostKind.OneOff => $"{description}: {amount} on {from:yyyy-MM-dd}",
        _ => $"{description}: {amount} a week from {from:yyyy-MM-dd}{(to is { } t ? $" to {t:yyyy-MM-dd}" : "")}",
    };
}
