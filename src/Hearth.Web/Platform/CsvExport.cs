using System.Buffers;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Platform;

/// <summary>
/// The one way Hearth writes a CSV download (ADR 0025). Every cell of text that a spreadsheet would read as a formula —
/// one starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return — is written with a single quote in
/// front (the OWASP rule), so a provider named <c>=HYPERLINK(…)</c> shows as text in Excel instead of running. Numbers
/// written as numbers (a refund of -12.50) stay numbers: only text cells are neutralised. Dates are written yyyy-MM-dd,
/// in the invariant culture, UTF-8 without a byte-order mark.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv";

    /// <summary>The characters that make a spreadsheet treat a cell as a formula (or shift it into the next cell).</summary>
    public static readonly SearchValues<char> FormulaTriggers = SearchValues.Create("=+-@\t\r");

    /// <summary>A text cell as it is safe to write: <paramref name="text"/> with a single quote before a leading formula trigger.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && FormulaTriggers.Contains(text[0]) ? "'" + text : text;

    /// <summary>One row per record, one column per public property (its name as the header), in declaration order.</summary>
    public static byte[] Records<T>(IEnumerable<T> rows)
    {
        using var stream = new MemoryStream();
        using (var csv = Writer(stream))
        {
            csv.WriteRecords(rows);
        }
        return stream.ToArray();
    }

    /// <summary>A table with its own headers; each row's cells in the same order. Text is neutralised, numbers are not.</summary>
    public static byte[] Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var stream = new MemoryStream();
        using (var csv = Writer(stream))
        {
            foreach (var header in headers) csv.WriteField(Neutralise(header));
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row) csv.WriteField(Cell(cell));
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    /// <summary><see cref="Table"/> for rows read from the database as they come.</summary>
    public static async Task<byte[]> TableAsync(IReadOnlyList<string> headers, IAsyncEnumerable<IReadOnlyList<object?>> rows, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await using (var csv = Writer(stream))
        {
            foreach (var header in headers) csv.WriteField(Neutralise(header));
            await csv.NextRecordAsync();
            await foreach (var row in rows.WithCancellation(ct))
            {
                foreach (var cell in row) csv.WriteField(Cell(cell));
                await csv.NextRecordAsync();
            }
        }
        return stream.ToArray();
    }

    /// <summary>
    /// <paramref name="value"/> rounded to <paramref name="places"/> decimal places (halves away from zero) and written with
    /// exactly that many (a score of 40 as 40.00): still a number, so never neutralised.
    /// </summary>
    public static decimal Fixed(decimal value, int places) =>
        decimal.Round(value, places, MidpointRounding.AwayFromZero) + new decimal(0, 0, 0, false, (byte)places);

    /// <summary>A download of <paramref name="bytes"/> (made by <see cref="Records{T}"/> or <see cref="Table"/>) named <paramref name="fileName"/>.</summary>
    public static FileContentResult File(byte[] bytes, string fileName) => new(bytes, ContentType) { FileDownloadName = fileName };

    /// <summary>How one cell of <see cref="Table"/> is written.</summary>
    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => Neutralise(s),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "Yes" : "No",
        sbyte or byte or short or ushort or int or uint or long or ulong or decimal or double or float =>
            ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        _ => Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static CsvWriter Writer(Stream stream)
    {
        var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        // CsvHelper's own injection guard would also quote negative numbers; text is neutralised by the converter instead.
        var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.None });
        csv.Context.TypeConverterCache.AddConverter<string>(new NeutralTextConverter());
        csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly>().Formats = ["yyyy-MM-dd"];
        csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly?>().Formats = ["yyyy-MM-dd"];
        return csv;
    }

    /// <summary>Every string property of a record goes through here, so no record type can forget to neutralise its text.</summary>
    private sealed class NeutralTextConverter : StringConverter
    {
        public override string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) =>
            value is string s ? Neutralise(s) : base.ConvertToString(value, row, memberMapData);
    }
}
