using System.Globalization;
using Hearth.Domain.Common;

namespace Hearth.Domain.Placements;

/// <summary>A part of the fee paid from another source, as a row of the import gives it: an amount a week or a share.</summary>
public sealed record ImportedFundingShare(FundingSource FundingSource, Money? WeeklyAmount, int? ShareBasisPoints)
{
    /// <summary>What this part comes to a week under <paramref name="weeklyFee"/> (<see cref="PlacementFundingShare.PartOf"/>).</summary>
    public Money WeeklyUnder(Money weeklyFee) => PlacementFundingShare.PartOf(weeklyFee, WeeklyAmount, ShareBasisPoints);
}

/// <summary>
/// An additional weekly cost as a row of the import gives it (ADR 0008 addendum). <see cref="FromGiven"/> and
/// <see cref="ToGiven"/> say whether the file had the dates: on a re-import a blank date keeps the one held.
/// </summary>
public sealed record ImportedWeeklyCost(string Description, FundingSource FundingSource, DateOnly From, DateOnly? To, Money WeeklyAmount,
    bool FromGiven = true, bool ToGiven = true);

/// <summary>
/// The optional columns for the funding split and an additional weekly cost (ADR 0008 addendum, ADR 0019). A file without
/// them is read exactly as before.
/// </summary>
public sealed partial record PlacementImportRow
{
    public const string FundingSplitFromColumn = "FundingSplitFrom";
    public const string CostColumn = "AdditionalWeeklyCost";
    public const string CostDescriptionColumn = "AdditionalWeeklyCostDescription";
    public const string CostFundingSourceColumn = "AdditionalWeeklyCostFundingSource";
    public const string CostFromColumn = "AdditionalWeeklyCostFrom";
    public const string CostToColumn = "AdditionalWeeklyCostTo";

    /// <summary>One column per funding source for its part of the fee: "BaseBudgetShare", "UascGrantShare", ….</summary>
    public static readonly IReadOnlyDictionary<FundingSource, string> ShareColumns =
        Enum.GetValues<FundingSource>().ToDictionary(s => s, s => s + "Share");

    /// <summary>The columns a file may add after <see cref="Columns"/>, in any order; the template has them all.</summary>
    public static readonly IReadOnlyList<string> OptionalColumns =
    [
        WeeklyFeeFromColumn, .. ShareColumns.Values, FundingSplitFromColumn,
        CostColumn, CostDescriptionColumn, CostFundingSourceColumn, CostFromColumn, CostToColumn,
    ];

    /// <summary>Every column of the template, in order.</summary>
    public static IReadOnlyList<string> TemplateColumns => [.. Columns, .. OptionalColumns];

    /// <summary>How a source reads in a message: "the UASC grant".</summary>
    private static string SourceName(FundingSource source) => source switch
    {
        FundingSource.BaseBudget => "the base budget",
        FundingSource.UascGrant => "the UASC grant",
        FundingSource.EducationContribution => "the education contribution",
        FundingSource.HealthContribution => "the health contribution",
        _ => source.ToString(),
    };

    /// <summary>
    /// Parses a share cell: blank, 0 or 0% is no share; "25%" or "12.5%" a share of the fee (at most two decimal places, more
    /// than 0% and no more than 100%); "120" or "£120.50" an amount a week, at least £1 (a smaller number is most likely a
    /// percentage cell read as a fraction) and no more than the weekly fee. Null result with no error means no share.
    /// </summary>
    public static (ImportedFundingShare? Share, string? Error) ParseShare(FundingSource source, string text, Money? weeklyFee)
    {
        text = (text ?? "").Trim();
        var name = SourceName(source);
        var example = $"Enter {name}'s part of the fee as a percentage, like 25%, or an amount a week, like 120.50";
        if (text.Length == 0) return (null, null);
        if (text.EndsWith('%'))
        {
            var number = text[..^1].Trim();
            if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var percent))
                return (null, $"{example} ('{text}' is not)");
            if (percent < 0) return (null, $"The share of {name} must be 0% or more ('{text}' is not)");
            if (percent == 0) return (null, null);
            if (percent > 100) return (null, $"The share of {name} must be no more than 100% ('{text}' is more)");
            var basisPoints = percent * 100;
            if (basisPoints != decimal.Truncate(basisPoints))
                return (null, $"Give the share of {name} to at most two decimal places, like 12.25% ('{text}' has more)");
            return (new ImportedFundingShare(source, null, (int)basisPoints), null);
        }
        if (!Money.TryParse(text, out var amount)) return (null, $"{example} ('{text}' is not)");
        if (amount < Money.Zero) return (null, $"The amount a week from {name} must be £0 or more ('{text}' is not)");
        if (amount == Money.Zero) return (null, null);
        if (amount < Money.FromPence(100))
            return (null, $"'{text}' looks like a share read as a fraction: write a share with a % sign, like 25%, or an amount a week of £1 or more");
        if (weeklyFee is { } fee && amount > fee)
            return (null, $"The amount a week from {name} must not be more than the weekly fee of {fee}");
        return (new ImportedFundingShare(source, amount, null), null);
    }

    private static (IReadOnlyList<ImportedFundingShare> Shares, IReadOnlyList<FundingSource> Given, DateOnly? From) ParseSplit(Func<string, string> text, Action<string, string> error,
        Func<string, string, DateOnly?> date, FundingSource? mainSource, Money? fee, DateOnly? start, DateOnly? end)
    {
        var shares = new List<ImportedFundingShare>();
        var given = new List<FundingSource>();
        string? lastColumn = null;
        foreach (var (source, column) in ShareColumns)
        {
            var cell = text(column);
            var (share, problem) = ParseShare(source, cell, fee);
            if (problem is not null) error(column, problem);
            // A filled-in cell (0 included) says what this source pays; a blank one says nothing.
            if (problem is null && cell.Length > 0 && source != mainSource) given.Add(source);
            if (share is null) continue;
            if (source == mainSource)
            {
                error(column, $"Leave {column} blank: the placement's main funding source ({source}) already gets the rest of the fee");
                continue;
            }
            shares.Add(share);
            lastColumn = column;
        }
        if (fee is { } weekly && lastColumn is not null)
        {
            var total = shares.Aggregate(Money.Zero, (sum, s) => sum + s.WeeklyUnder(weekly));
            if (total > weekly)
                error(lastColumn, $"Together the shares come to {total} a week, more than the weekly fee of {weekly}");
        }

        var fromText = text(FundingSplitFromColumn);
        var from = date(FundingSplitFromColumn, "the date the funding split applies from");
        if (fromText.Length > 0 && shares.Count == 0 && from is not null)
        {
            error(FundingSplitFromColumn, "Leave the date the funding split applies from blank unless a share column is filled in");
            from = null;
        }
        CheckWithinPlacement(error, FundingSplitFromColumn, "The date the funding split applies from", from, start, end);
        return (shares, given, from);
    }

    private static ImportedWeeklyCost? ParseWeeklyCost(Func<string, string> text, Action<string, string> error,
        Func<string, string, DateOnly?> date, FundingSource? mainSource, DateOnly? start, DateOnly? end)
    {
        var amountText = text(CostColumn);
        var description = text(CostDescriptionColumn);
        var sourceText = text(CostFundingSourceColumn);
        var from = date(CostFromColumn, "the date the additional weekly cost starts");
        var to = date(CostToColumn, "the date the additional weekly cost stops");
        if (amountText.Length == 0)
        {
            foreach (var column in new[] { CostDescriptionColumn, CostFundingSourceColumn, CostFromColumn, CostToColumn })
                if (text(column).Length > 0) error(column, $"Leave {column} blank unless there is an {CostColumn}");
            return null;
        }
        Money? amount = null;
        if (!Money.TryParse(amountText, out var parsed)) error(CostColumn, $"Enter the additional weekly cost in pounds and pence, like 150 or 150.50 ('{amountText}' is not)");
        else if (parsed <= Money.Zero) error(CostColumn, "The additional weekly cost must be more than £0: leave it blank if there is none");
        else if (parsed > Placement.MaximumWeeklyFee) error(CostColumn, $"The additional weekly cost must be {Placement.MaximumWeeklyFee} or less");
        else amount = parsed;

        if (description.Length == 0) error(CostDescriptionColumn, "Enter what the additional weekly cost is for, like Support worker");
        else if (description.Length > PlacementAdditionalCost.MaximumDescriptionLength)
            error(CostDescriptionColumn, $"The description must be {PlacementAdditionalCost.MaximumDescriptionLength} characters or fewer");

        FundingSource? source = mainSource;
        if (sourceText.Length > 0)
        {
            var names = Enum.GetNames<FundingSource>();
            var found = names.FirstOrDefault(n => string.Equals(n, sourceText, StringComparison.OrdinalIgnoreCase));
            if (found is null)
            {
                error(CostFundingSourceColumn, $"'{sourceText}' is not a known funding source: enter {OneOf(names)}, or leave it blank for the placement's");
                source = null;
            }
            else source = Enum.Parse<FundingSource>(found);
        }

        var first = from ?? start;
        CheckWithinPlacement(error, CostFromColumn, "The date the additional weekly cost starts", from, start, end);
        if (to is { } until)
        {
            if (first is { } f && until <= f) error(CostToColumn, "The date the additional weekly cost stops must be after the date it starts");
            else if (end is { } e && until > e) error(CostToColumn, "The date the additional weekly cost stops must be no later than the end date");
        }
        if (amount is null || description.Length is 0 or > PlacementAdditionalCost.MaximumDescriptionLength || source is null || first is null) return null;
        return new ImportedWeeklyCost(description, source.Value, first.Value, to, amount.Value, from is not null, to is not null);
    }

    /// <summary>A start date for part of the placement: on or after its start and before its end.</summary>
    private static void CheckWithinPlacement(Action<string, string> error, string column, string what, DateOnly? date, DateOnly? start, DateOnly? end)
    {
        if (date is not { } d) return;
        if (start is { } s && d < s) error(column, $"{what} must be on or after the start date");
        else if (end is { } e && d >= e) error(column, $"{what} must be before the end date");
    }
}
