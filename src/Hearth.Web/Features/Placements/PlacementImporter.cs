using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Hearth.Web.Features.Placements;

/// <summary>
/// Imports placements for the signed-in authority from the template (CSV or XLSX), all or nothing: every row is checked
/// first and, if any is wrong, nothing is saved and every problem is reported by row and column. Otherwise all rows are
/// saved in one transaction. Re-importing is safe: rows are matched on ExternalReference within the authority (see
/// docs/decisions/0008-placement-import.md for what a re-import changes). The page and the API both call this.
/// </summary>
public sealed class PlacementImporter(HearthDb db, TimeProvider clock)
{
    /// <summary>Files are read within the request, so they are kept small (see the decision record).</summary>
    public const long MaximumFileBytes = 20 * 1024 * 1024;

    /// <summary>Row is the spreadsheet row number (the header is row 1); 0 for a problem with the whole file.</summary>
    public sealed record RowError(int Row, string Column, string Message);

    public sealed record Result(int Created, int Updated, int Unchanged, IReadOnlyList<RowError> Errors)
    {
        public bool Succeeded => Errors.Count == 0;
        public static Result Failed(params RowError[] errors) => new(0, 0, 0, errors);
    }

    /// <summary>The template: the header row of a CSV file.</summary>
    public static byte[] Template() => CsvExport.Table(PlacementImportRow.TemplateColumns, []);

    public static bool IsXlsx(string fileName) => fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
    public static bool IsCsv(string fileName) => fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>Files larger than this are imported by a background job (<see cref="ImportJobs"/>) rather than within the request.</summary>
    public const long BackgroundFromBytes = 1024 * 1024;

    /// <summary>How often, in rows, a background import reports how far it has checked.</summary>
    public const int ProgressEvery = 1000;

    /// <summary>Told (rows checked, rows in the file) as the rows are checked; (n, n) once they are being saved.</summary>
    public delegate Task Progress(int processed, int total);

    public Task<Result> ImportCsvAsync(Stream csv, CancellationToken ct) => ImportAsync(() => ReadCsv(csv), null, ct);

    public Task<Result> ImportXlsxAsync(Stream xlsx, CancellationToken ct) => ImportAsync(() => ReadXlsx(xlsx), null, ct);

    /// <summary>Imports a file of either kind, reporting progress (for background jobs).</summary>
    public Task<Result> ImportAsync(Stream file, bool isXlsx, Progress progress, CancellationToken ct) =>
        ImportAsync(isXlsx ? () => ReadXlsx(file) : () => ReadCsv(file), progress, ct);

    private async Task<Result> ImportAsync(Func<List<string[]>> read, Progress? progress, CancellationToken ct)
    {
        if (!db.Scope.IsAuthority) throw new DomainException("File", "Only an authority's staff can import placements");
        var authorityId = db.Scope.FilterOrganisationId;
        List<string[]> table;
        try
        {
            table = read();
        }
        catch (Exception e) when (e is CsvHelperException or InvalidDataException or InvalidOperationException or FormatException)
        {
            return Result.Failed(new RowError(0, "File", "The selected file could not be read. Save it as CSV (UTF-8) or XLSX from the template and try again"));
        }
        if (table.Count == 0) return Result.Failed(new RowError(0, "File", "The selected file is empty"));
        if (PlacementImportRow.CheckHeader(table[0]) is { } headerError) return Result.Failed(new RowError(1, "Header", headerError));
        var header = table[0].Select(h => (h ?? "").Trim()).ToList();
        var dataRows = table.Skip(1).Select((cells, i) => (Number: i + 2, Cells: cells)).Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (dataRows.Count == 0) return Result.Failed(new RowError(2, "File", "The file has a header but no placements"));
        if (progress is not null) await progress(0, dataRows.Count);

        // 1. Each row on its own.
        var today = London.Today(clock);
        var errors = new List<RowError>();
        var rows = new List<(int Number, PlacementImportRow Row)>();
        var checkedRows = 0;
        foreach (var (number, cells) in dataRows)
        {
            var (row, cellErrors) = PlacementImportRow.Parse(column =>
            {
                var index = header.FindIndex(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
                return index >= 0 && index < cells.Length ? cells[index] : null;
            }, today);
            errors.AddRange(cellErrors.Select(e => new RowError(number, e.Column, e.Message)));
            if (row is not null) rows.Add((number, row));
            if (progress is not null && ++checkedRows % ProgressEvery == 0) await progress(checkedRows, dataRows.Count);
        }

        // 2. Across rows: an external reference once per file.
        foreach (var group in dataRows.Select(r => (r.Number, Reference: Cell(header, r.Cells, "ExternalReference")))
                     .Where(r => r.Reference.Length > 0).GroupBy(r => r.Reference, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var numbers = group.Select(r => r.Number).ToList();
            foreach (var number in numbers)
                errors.Add(new RowError(number, "ExternalReference",
                    $"The external reference '{group.Key}' is used more than once in the file (rows {string.Join(" and ", numbers)})"));
        }

        // 3. Against what Hearth holds: providers, frameworks the authority is party to, existing placements and children.
        var urns = rows.Select(r => r.Row.ProviderOfstedUrn).OfType<string>().Distinct().ToList();
        var providers = await db.Providers.AsNoTracking().Where(p => urns.Contains(p.OfstedUrn))
            .Select(p => new { p.Id, p.OfstedUrn }).ToDictionaryAsync(p => p.OfstedUrn, p => p.Id, StringComparer.OrdinalIgnoreCase, ct);
        var frameworkReferences = rows.Select(r => r.Row.FrameworkReference).OfType<string>().Distinct().ToList();
        var frameworks = await db.Frameworks.AsNoTracking() // the query filter keeps the frameworks the authority is party to
            .Where(f => frameworkReferences.Contains(f.Reference))
            .Select(f => new { f.Id, f.Reference }).ToDictionaryAsync(f => f.Reference, f => f.Id, StringComparer.OrdinalIgnoreCase, ct);
        var references = rows.Select(r => r.Row.ExternalReference).Distinct().ToList();
        var existing = await db.VisiblePlacements.WithCosting()
            .Where(p => p.ExternalReference != null && references.Contains(p.ExternalReference))
            .ToDictionaryAsync(p => p.ExternalReference!, StringComparer.OrdinalIgnoreCase, ct);
        var caseReferences = rows.Select(r => r.Row.ChildCaseReference).Distinct().ToList();
        var children = await db.Children.Where(c => c.AuthorityId == authorityId && caseReferences.Contains(c.CaseReference))
            .ToDictionaryAsync(c => c.CaseReference, StringComparer.OrdinalIgnoreCase, ct);
        var childCaseReferences = children.Count == 0 ? new Dictionary<int, string>()
            : children.Values.ToDictionary(c => c.Id, c => c.CaseReference);

        var plans = new List<(int Number, PlacementImportRow Row, int? ProviderId, int? FrameworkId, Placement? Existing)>();
        foreach (var (number, row) in rows)
        {
            var rowErrors = new List<RowError>();
            int? providerId = null, frameworkId = null;
            if (row.ProviderOfstedUrn is { } urn)
            {
                if (providers.TryGetValue(urn, out var id)) providerId = id;
                else rowErrors.Add(new(number, "ProviderOfstedUrn", $"There is no provider with the Ofsted URN '{urn}' in Hearth"));
            }
            if (row.FrameworkReference is { } reference)
            {
                if (frameworks.TryGetValue(reference, out var id)) frameworkId = id;
                else rowErrors.Add(new(number, "FrameworkReference", $"'{reference}' is not a framework your authority is party to"));
            }
            existing.TryGetValue(row.ExternalReference, out var placement);
            if (placement is not null) rowErrors.AddRange(Differences(number, row, placement, providerId, frameworkId, childCaseReferences));
            errors.AddRange(rowErrors);
            if (rowErrors.Count == 0) plans.Add((number, row, providerId, frameworkId, placement));
        }
        if (errors.Count > 0) return Failed(errors);
        if (progress is not null) await progress(dataRows.Count, dataRows.Count);

        // 4. Apply everything in one transaction; a broken domain rule on any row rolls it all back.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (_, row, _, _, placement) in plans)
        {
            if (placement is not null || children.ContainsKey(row.ChildCaseReference)) continue;
            try
            {
                children[row.ChildCaseReference] = db.Children.Add(Child.Register(authorityId, row.ChildCaseReference, row.ChildGivenName,
                    row.ChildFamilyName, row.ChildDateOfBirth, row.ChildSex, "", row.FundingSource == FundingSource.UascGrant, false, "", today)).Entity;
            }
            catch (DomainException e)
            {
                errors.Add(new RowError(plans.First(p => p.Row.ChildCaseReference == row.ChildCaseReference).Number, ChildColumn(e.Field), e.Message));
            }
        }
        if (errors.Count > 0) return Discard(errors);
        await db.SaveChangesAsync(ct);

        int created = 0, updated = 0, unchanged = 0;
        foreach (var (number, row, providerId, frameworkId, placement) in plans)
        {
            try
            {
                if (placement is null)
                {
                    var fresh = Placement.Start(authorityId, children[row.ChildCaseReference].Id, row.Route, providerId, null, frameworkId,
                        row.Category, row.PlaceCode, row.KeyServiceLine, row.FundingSource, row.StartDate, row.WeeklyFee, null, row.ExternalReference);
                    if (row.EndDate is { } end) fresh.EndWithoutReason(end, row.EndReasonCode);
                    if (row.FundingShares is { Count: > 0 } shares) fresh.ImportFundingSplit(shares, row.FundingSourcesGiven ?? [], row.FundingSplitFrom, today);
                    if (row.AdditionalWeeklyCost is { } cost) fresh.ImportWeeklyCost(cost, today);
                    db.Placements.Add(fresh);
                    created++;
                }
                else if (Update(placement, row, today)) updated++;
                else unchanged++;
            }
            catch (DomainException e)
            {
                errors.Add(new RowError(number, PlacementColumn(e.Field), e.Message));
            }
        }
        if (errors.Count > 0) return Discard(errors);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Result(created, updated, unchanged, []);

        Result Discard(List<RowError> found)
        {
            db.ChangeTracker.Clear();
            return Failed(found); // the transaction is disposed without a commit: nothing is kept
        }
    }

    private static Result Failed(List<RowError> errors) =>
        new(0, 0, 0, errors.OrderBy(e => e.Row).ThenBy(e => ColumnOrder(e.Column)).ToList());

    private static int ColumnOrder(string column)
    {
        var index = PlacementImportRow.TemplateColumns.ToList().FindIndex(c => c == column);
        return index < 0 ? PlacementImportRow.TemplateColumns.Count : index;
    }

    /// <summary>
    /// A re-imported row may bring an end date or a new weekly fee (from WeeklyFeeFrom); anything else must match the
    /// placement already held, because changing who, where or when is a correction made on the placement's page.
    /// </summary>
    private static IEnumerable<RowError> Differences(int number, PlacementImportRow row, Placement placement, int? providerId, int? frameworkId,
        Dictionary<int, string> childCaseReferences)
    {
        RowError Differs(string column, string held) =>
            new(number, column, $"This does not match the placement already imported with this reference ({held}). Correct the placement in Hearth instead");
        if (!childCaseReferences.TryGetValue(placement.ChildId, out var caseReference) || !string.Equals(caseReference, row.ChildCaseReference, StringComparison.OrdinalIgnoreCase))
            yield return Differs("ChildCaseReference", "a different child");
        if (placement.Route != row.Route) yield return Differs("Route", placement.Route.ToString());
        if (placement.ProviderId != providerId) yield return Differs("ProviderOfstedUrn", "a different provider");
        if (placement.FrameworkId != frameworkId) yield return Differs("FrameworkReference", "a different framework");
        if (placement.Category != row.Category) yield return Differs("Category", placement.Category.ToString());
        if (placement.PlaceCode != row.PlaceCode) yield return Differs("PlaceCode", placement.PlaceCode);
        if (placement.KeyServiceLine != row.KeyServiceLine) yield return Differs("KeyServiceLine", placement.KeyServiceLine.ToString());
        if (placement.FundingSource != row.FundingSource) yield return Differs("FundingSource", placement.FundingSource.ToString());
        if (placement.StartDate != row.StartDate) yield return Differs("StartDate", placement.StartDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        if (placement.EndDate is { } ended && row.EndDate != ended)
            yield return Differs("EndDate", $"ended {ended:dd/MM/yyyy}; to change the date, correct it on the placement's page");
        if (placement.CurrentWeeklyFee != row.WeeklyFee && row.WeeklyFeeFrom is null)
            yield return new(number, "WeeklyFee", $"The weekly fee differs from the current fee of {placement.CurrentWeeklyFee}: give the date the new fee applies from in {PlacementImportRow.WeeklyFeeFromColumn}");
    }

    /// <summary>
    /// Applies a re-imported row's new fee, end date, funding split (when the file has share columns) and additional weekly
    /// cost; false when the row matches what is held.
    /// </summary>
    private static bool Update(Placement placement, PlacementImportRow row, DateOnly today)
    {
        var changed = false;
        if (placement.CurrentWeeklyFee != row.WeeklyFee && row.WeeklyFeeFrom is { } from)
        {
            placement.ChangeFee(from, row.WeeklyFee);
            changed = true;
        }
        if (placement.EndDate is null && row.EndDate is { } end)
        {
            placement.EndWithoutReason(end, row.EndReasonCode);
            changed = true;
        }
        if (row.FundingSplitGiven && placement.ImportFundingSplit(row.FundingShares ?? [], row.FundingSourcesGiven!, row.FundingSplitFrom, today)) changed = true;
        if (row.AdditionalWeeklyCost is { } cost && placement.ImportWeeklyCost(cost, today)) changed = true;
        return changed;
    }

    private static string ChildColumn(string field) => field switch
    {
        "CaseReference" => "ChildCaseReference",
        "GivenName" => "ChildGivenName",
        "FamilyName" => "ChildFamilyName",
        "DateOfBirth" => "ChildDateOfBirth",
        "Sex" => "ChildSex",
        _ => field,
    };

    private static string PlacementColumn(string field) => field switch
    {
        "ProviderId" => "ProviderOfstedUrn",
        "FrameworkId" => "FrameworkReference",
        "EffectiveFrom" => PlacementImportRow.WeeklyFeeFromColumn,
        "Status" => "EndDate",
        _ => field,
    };

    private static string Cell(List<string> header, string[] cells, string column)
    {
        var index = header.FindIndex(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
        return index >= 0 && index < cells.Length ? (cells[index] ?? "").Trim() : "";
    }

    private static List<string[]> ReadCsv(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, DetectDelimiter = false });
        var table = new List<string[]>();
        while (csv.Read()) table.Add(csv.Record ?? []);
        return table;
    }

    private static List<string[]> ReadXlsx(Stream stream)
    {
        var table = new List<string[]>();
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
            table.Add(row.Values.Select(CellText).ToArray());
        return table;
    }

    private static string CellText(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        double n => n.ToString(CultureInfo.InvariantCulture),
        decimal n => n.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
