using Hearth.Domain.Common;

namespace Hearth.Domain.Placements;

/// <summary>
/// The funding split and additional weekly cost an import row gives, applied to a new or re-imported placement (ADR 0008
/// addendum). Problems are reported under the import's column names, so the importer can name the row and column.
/// </summary>
public sealed partial class Placement
{
    /// <summary>The reason kept with a correction made by re-importing a changed row.</summary>
    public const string ImportCorrectionReason = "Changed by re-importing the placement from a file";

    /// <summary>
    /// Makes the funding split what the row says for the sources it gives (<paramref name="given"/>: each share from
    /// <paramref name="from"/>, or the start, for as long as the placement lasts): a given source with no share (0) loses its
    /// part, a changed part is corrected, a new one added; a source the row leaves blank keeps what is held. Parts held and
    /// changed are kept as corrections. False when the split already is the row's (so re-importing changes nothing).
    /// </summary>
    public bool ImportFundingSplit(IReadOnlyList<ImportedFundingShare> shares, IReadOnlyCollection<FundingSource> given, DateOnly? from, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentNullException.ThrowIfNull(given);
        var first = from ?? StartDate;
        var fee = CurrentWeeklyFee;
        var steps = new List<(long Change, FundingSource Source, Action Apply)>();
        foreach (var (source, column) in PlacementImportRow.ShareColumns)
        {
            var wanted = shares.FirstOrDefault(s => s.FundingSource == source);
            var held = _fundingShares.Where(s => s.FundingSource == source).ToList();
            if (wanted is null && !given.Contains(source)) continue;
            if (wanted is null)
            {
                // Removals first: they only give pence back to the main source.
                foreach (var share in held) steps.Add((long.MinValue, source, () => RemoveFundingShare(share.Id, ImportCorrectionReason, today)));
                continue;
            }
            var weekly = wanted.WeeklyUnder(fee).Pence;
            if (held.Count > 1)
                throw new DomainException(column, $"This placement's funding from {source} is in {held.Count} parts: change them on the placement's page, or leave {column} as it is held");
            if (held.Count == 0)
            {
                steps.Add((weekly, source, () => AddFundingShare(source, first, null, wanted.WeeklyAmount, wanted.ShareBasisPoints, today)));
                continue;
            }
            var h = held[0];
            // The file never ends a part, and a blank FundingSplitFrom says nothing about when it starts: the dates held
            // (perhaps set on the placement's page) are kept unless the file gives a start.
            var partFrom = from ?? h.From;
            if (h.From == partFrom && h.WeeklyAmount == wanted.WeeklyAmount && h.ShareBasisPoints == wanted.ShareBasisPoints) continue;
            // Parts that pay less are changed before parts that pay more, so the split never passes the fee on the way.
            steps.Add((weekly - h.WeeklyUnder(fee).Pence, source,
                () => CorrectFundingShare(h.Id, partFrom, h.To, wanted.WeeklyAmount, wanted.ShareBasisPoints, ImportCorrectionReason, today)));
        }
        foreach (var (_, source, apply) in steps.OrderBy(s => s.Change))
        {
            try
            {
                apply();
            }
            catch (DomainException e)
            {
                throw new DomainException(e.Field == "From" ? PlacementImportRow.FundingSplitFromColumn : PlacementImportRow.ShareColumns[source], e.Message);
            }
        }
        return steps.Count > 0;
    }

    /// <summary>
    /// Adds the row's additional weekly cost, or corrects the one held with the same description (amount and dates; kept
    /// as a correction). False when it already is the row's. A second weekly cost is added on the placement's page, so a
    /// changed description is never taken for a new cost.
    /// </summary>
    public bool ImportWeeklyCost(ImportedWeeklyCost cost, DateOnly today)
    {
        var weekly = _additionalCosts.Where(c => c.Kind == AdditionalCostKind.Weekly).ToList();
        var same = weekly.Where(c => string.Equals(c.Description, cost.Description, StringComparison.OrdinalIgnoreCase)).ToList();
        if (same.Count > 1)
            throw new DomainException(PlacementImportRow.CostDescriptionColumn,
                $"This placement has {same.Count} additional weekly costs described '{cost.Description}': correct them on the placement's page");
        try
        {
            if (same.Count == 0)
            {
                if (weekly.Count > 0)
                    throw new DomainException(PlacementImportRow.CostDescriptionColumn,
                        $"This placement already has an additional weekly cost ('{weekly[0].Description}'): give the same description to change it, or add another cost on the placement's page");
                AddWeeklyCost(cost.Description, cost.FundingSource, cost.From, cost.To, cost.WeeklyAmount, today);
                return true;
            }
            var held = same[0];
            if (held.FundingSource != cost.FundingSource)
                throw new DomainException(PlacementImportRow.CostFundingSourceColumn,
                    $"This does not match the additional weekly cost already held ({held.FundingSource}). Correct the placement in Hearth instead");
            // A blank date in the file keeps the one held (perhaps set on the placement's page).
            var costFrom = cost.FromGiven ? cost.From : held.From;
            var costTo = cost.ToGiven ? cost.To : held.To;
            if (held.Amount == cost.WeeklyAmount && held.From == costFrom && held.To == costTo) return false;
            CorrectAdditionalCost(held.Id, cost.WeeklyAmount, costFrom, costTo, ImportCorrectionReason, today);
            return true;
        }
        catch (DomainException e) when (!e.Field.StartsWith(PlacementImportRow.CostColumn, StringComparison.Ordinal))
        {
            throw new DomainException(e.Field switch
            {
                "Description" => PlacementImportRow.CostDescriptionColumn,
                "FundingSource" => PlacementImportRow.CostFundingSourceColumn,
                "From" => PlacementImportRow.CostFromColumn,
                "To" => PlacementImportRow.CostToColumn,
                _ => PlacementImportRow.CostColumn,
            }, e.Message);
        }
    }
}
