using System.Globalization;
using System.Text.RegularExpressions;
using Hearth.Domain.Common;

namespace Hearth.Domain.Placements;

/// <summary>One problem with one cell of an import file: the column and what to do about it.</summary>
public sealed record ImportCellError(string Column, string Message);

/// <summary>
/// One row of the placement import template, checked and typed. <see cref="Parse"/> turns the row's text into a row or
/// the list of everything wrong with it, column by column, so a finance officer can fix the file in one go. Rules that
/// need the database (the provider, the framework, an existing placement) are checked by the importer.
/// </summary>
public sealed partial record PlacementImportRow(
    string ExternalReference,
    string ChildCaseReference,
    string ChildGivenName,
    string ChildFamilyName,
    DateOnly ChildDateOfBirth,
    string ChildSex,
    PlacementRoute Route,
    string? ProviderOfstedUrn,
    string? FrameworkReference,
    PlacementCategory Category,
    string PlaceCode,
    KeyServiceLine KeyServiceLine,
    FundingSource FundingSource,
    DateOnly StartDate,
    Money WeeklyFee,
    DateOnly? EndDate,
    string? EndReasonCode,
    DateOnly? WeeklyFeeFrom,
    IReadOnlyList<ImportedFundingShare>? FundingShares = null,
    IReadOnlyList<FundingSource>? FundingSourcesGiven = null,
    DateOnly? FundingSplitFrom = null,
    ImportedWeeklyCost? AdditionalWeeklyCost = null)
{
    /// <summary>
    /// Whether the row says anything about the funding split: a share cell of another source than the main one is filled in
    /// (0 included). On a re-import only those sources change; a blank cell keeps what Hearth holds (ADR 0008 addendum).
    /// </summary>
    public bool FundingSplitGiven => FundingSourcesGiven is { Count: > 0 };

    /// <summary>The template's header, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "ExternalReference", "ChildCaseReference", "ChildGivenName", "ChildFamilyName", "ChildDateOfBirth", "ChildSex",
        "Route", "ProviderOfstedUrn", "FrameworkReference", "Category", "PlaceCode", "KeyServiceLine", "FundingSource",
        "StartDate", "WeeklyFee", "EndDate", "EndReasonCode",
    ];

    /// <summary>
    /// An optional last column for re-imports: the date a changed weekly fee applies from. A file may have the
    /// <see cref="Columns"/> alone or followed by this one.
    /// </summary>
    public const string WeeklyFeeFromColumn = "WeeklyFeeFrom";

    /// <summary>
    /// Checks a header: null when it is the template's <see cref="Columns"/> in order, followed by any of the
    /// <see cref="OptionalColumns"/> (each at most once, in any order), else the message.
    /// </summary>
    public static string? CheckHeader(IReadOnlyList<string> header)
    {
        var names = header.Select(h => (h ?? "").Trim()).ToList();
        while (names.Count > 0 && names[^1].Length == 0) names.RemoveAt(names.Count - 1);
        var extra = names.Skip(Columns.Count).ToList();
        var matches = names.Count >= Columns.Count && names.Take(Columns.Count).SequenceEqual(Columns, StringComparer.OrdinalIgnoreCase)
            && extra.All(n => OptionalColumns.Contains(n, StringComparer.OrdinalIgnoreCase))
            && extra.Distinct(StringComparer.OrdinalIgnoreCase).Count() == extra.Count;
        if (matches) return null;
        var missing = Columns.Where(c => !names.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        var unexpected = names.Where(n => !Columns.Contains(n, StringComparer.OrdinalIgnoreCase)
            && !OptionalColumns.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();
        var repeated = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Key.Length > 0 && g.Count() > 1).Select(g => g.Key).ToList();
        var detail = new List<string>();
        if (missing.Count > 0) detail.Add("missing " + string.Join(", ", missing));
        if (unexpected.Count > 0) detail.Add("not expected " + string.Join(", ", unexpected.Select(u => u.Length == 0 ? "(a blank column)" : u)));
        if (repeated.Count > 0) detail.Add("more than once " + string.Join(", ", repeated));
        if (detail.Count == 0) detail.Add("the columns are in a different order");
        return $"The first row must be the template's header ({string.Join("; ", detail)}). Expected: {string.Join(",", Columns)} (optionally followed by any of {string.Join(",", OptionalColumns)})";
    }

    /// <summary>
    /// Parses one row: <paramref name="value"/> gives a column's text (null or empty when blank). A share column is a
    /// source's part only when its cell is filled in; a blank or missing one keeps what is held (<see cref="FundingSourcesGiven"/>).
    /// </summary>
    public static (PlacementImportRow? Row, List<ImportCellError> Errors) Parse(Func<string, string?> value, DateOnly today)
    {
        var errors = new List<ImportCellError>();
        string Text(string column) => (value(column) ?? "").Trim();
        void Error(string column, string message) => errors.Add(new ImportCellError(column, message));

        string Required(string column, int max, string what)
        {
            var text = Text(column);
            if (text.Length == 0) Error(column, $"Enter {what}");
            else if (text.Length > max) Error(column, $"{Capitalise(what)} must be {max} characters or fewer");
            return text;
        }

        DateOnly? Date(string column, string what, bool required, bool allowFuture = false)
        {
            var text = Text(column);
            if (text.Length == 0)
            {
                if (required) Error(column, $"Enter {what} in the format dd/mm/yyyy, like 01/04/2025");
                return null;
            }
            var match = DatePattern().Match(text);
            if (!match.Success)
            {
                Error(column, $"{Capitalise(what)} must be in the format dd/mm/yyyy, like 01/04/2025 ('{text}' is not)");
                return null;
            }
            var (day, month, year) = (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
            if (year < 1900 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                Error(column, $"{Capitalise(what)} must be a real date ('{text}' does not exist)");
                return null;
            }
            var date = new DateOnly(year, month, day);
            if (date > today && !allowFuture)
            {
                Error(column, $"{Capitalise(what)} must be today or in the past");
                return null;
            }
            return date;
        }

        T? Choice<T>(string column, string what) where T : struct, Enum
        {
            var text = Text(column);
            var names = Enum.GetNames<T>();
            var found = names.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
            if (found is not null) return Enum.Parse<T>(found);
            Error(column, text.Length == 0
                ? $"Enter {what}: {OneOf(names)}"
                : $"'{text}' is not a known {what}: enter {OneOf(names)}");
            return null;
        }

        var externalReference = Required("ExternalReference", Placement.MaximumExternalReferenceLength, "the external reference");
        var caseReference = Required("ChildCaseReference", 40, "the child's case reference");
        var givenName = Required("ChildGivenName", 100, "the child's first name");
        var familyName = Required("ChildFamilyName", 100, "the child's last name");
        var dateOfBirth = Date("ChildDateOfBirth", "the child's date of birth", required: true);
        if (dateOfBirth is { } born && born < today.AddYears(-40))
        {
            Error("ChildDateOfBirth", "The child's date of birth must be within the last 40 years");
            dateOfBirth = null;
        }
        var sex = Text("ChildSex").ToUpperInvariant();
        if (sex is not ("M" or "F" or "U")) Error("ChildSex", sex.Length == 0 ? "Enter the child's sex: M, F or U" : $"'{sex}' is not a known sex: enter M, F or U");

        var route = Choice<PlacementRoute>("Route", "route");
        var urn = Text("ProviderOfstedUrn").ToUpperInvariant();
        if (route == PlacementRoute.InHouse && urn.Length > 0) Error("ProviderOfstedUrn", "Leave the provider's Ofsted URN blank for an in-house placement");
        if (route is { } r && r != PlacementRoute.InHouse && urn.Length == 0) Error("ProviderOfstedUrn", "Enter the provider's Ofsted URN, like SC123456");
        var frameworkReference = Text("FrameworkReference");
        if (route == PlacementRoute.Framework && frameworkReference.Length == 0) Error("FrameworkReference", "Enter the reference of the framework the placement was called off");
        if (route is { } r2 && r2 != PlacementRoute.Framework && frameworkReference.Length > 0) Error("FrameworkReference", "Leave the framework reference blank unless the route is Framework");

        var category = Choice<PlacementCategory>("Category", "category");
        var placeCode = Text("PlaceCode").ToUpperInvariant();
        if (!Placement.PlaceCodes.Contains(placeCode))
            Error("PlaceCode", placeCode.Length == 0 ? "Enter the placement type: U1 to U6 (SSDA903 PLACE)" : $"'{placeCode}' is not a foster placement type: enter U1 to U6 (SSDA903 PLACE)");
        var keyServiceLine = Choice<KeyServiceLine>("KeyServiceLine", "key service line");
        var fundingSource = Choice<FundingSource>("FundingSource", "funding source");

        var start = Date("StartDate", "the start date", required: true);
        Money? fee = null;
        var feeText = Text("WeeklyFee");
        if (feeText.Length == 0) Error("WeeklyFee", "Enter the weekly fee in pounds and pence, like 850 or 850.50");
        else if (!Money.TryParse(feeText, out var parsed)) Error("WeeklyFee", $"Enter the weekly fee in pounds and pence, like 850 or 850.50 ('{feeText}' is not)");
        else if (parsed < Money.Zero) Error("WeeklyFee", "The weekly fee must be £0 or more");
        else if (parsed > Placement.MaximumWeeklyFee) Error("WeeklyFee", $"The weekly fee must be {Placement.MaximumWeeklyFee} or less");
        else fee = parsed;

        var end = Date("EndDate", "the end date", required: false);
        if (end is { } e && start is { } s && e <= s) Error("EndDate", "The end date must be after the start date");
        var reason = Text("EndReasonCode").ToUpperInvariant();
        if (reason.Length > 0 && !PlacementChangeReason.IsValid(reason))
            Error("EndReasonCode", $"'{reason}' is not an SSDA903 reason for a placement change: enter one of {string.Join(", ", PlacementChangeReason.Codes.Keys)}");
        else if (reason.Length > 0 && Text("EndDate").Length == 0) Error("EndReasonCode", "Leave the end reason blank unless there is an end date");
        var feeFrom = Date(WeeklyFeeFromColumn, "the date the weekly fee applies from", required: false);
        if (feeFrom is { } from && start is { } s2 && from < s2) Error(WeeklyFeeFromColumn, "The date the weekly fee applies from must be on or after the start date");

        var (shares, given, splitFrom) = ParseSplit(Text, Error, (c, what) => Date(c, what, required: false), fundingSource, fee, start, end);
        var weeklyCost = ParseWeeklyCost(Text, Error, (c, what) => Date(c, what, required: false, allowFuture: c == CostToColumn),
            fundingSource, start, end);

        if (errors.Count > 0) return (null, errors);
        return (new PlacementImportRow(externalReference, caseReference, givenName, familyName, dateOfBirth!.Value, sex, route!.Value,
            urn.Length == 0 ? null : urn, frameworkReference.Length == 0 ? null : frameworkReference, category!.Value, placeCode,
            keyServiceLine!.Value, fundingSource!.Value, start!.Value, fee!.Value, end, reason.Length == 0 ? null : reason, feeFrom,
            shares, given, splitFrom, weeklyCost), errors);
    }

    private static string OneOf(string[] names) => names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"^(\d{1,2})/(\d{1,2})/(\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
