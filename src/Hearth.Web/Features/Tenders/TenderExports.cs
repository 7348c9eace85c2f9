using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace Hearth.Web.Features.Tenders;

/// <summary>Evaluation results as CSV and XLSX, column for column the same as the page's table.</summary>
public static class TenderExports
{
    public sealed record ResultRow(
        string Tender, int Lot, string LotName, string Provider, DateTimeOffset SubmittedAt, string ReceiptHash, bool Compliant,
        bool MeetsQualityThreshold, string Reasons, decimal? EvaluatedPricePounds, decimal? PriceScore, decimal? QualityScore,
        decimal? Total, int? Rank, bool AbnormallyLow);

    private static readonly string[] Headers =
    [
        "Tender", "Lot", "Lot name", "Provider", "Submitted (UTC)", "Receipt SHA-256", "Compliant", "Meets quality thresholds",
        "Reasons", "Evaluated weekly price (£)", "Price score", "Quality score", "Total", "Rank", "Abnormally low",
    ];

    private static object?[] Values(ResultRow r) =>
    [
        r.Tender, r.Lot, r.LotName, r.Provider, r.SubmittedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        r.ReceiptHash, r.Compliant ? "Yes" : "No", r.MeetsQualityThreshold ? "Yes" : "No", r.Reasons, r.EvaluatedPricePounds,
        r.PriceScore, r.QualityScore, r.Total, r.Rank, r.AbnormallyLow ? "Yes" : "No",
    ];

    public static byte[] Csv(IEnumerable<ResultRow> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var h in Headers) csv.WriteField(h);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var v in Values(row)) csv.WriteField(v is decimal d ? d.ToString("0.00", CultureInfo.InvariantCulture) : v);
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    public static byte[] Xlsx(IEnumerable<ResultRow> rows)
    {
        var sheet = rows.Select(r =>
        {
            var values = Values(r);
            var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < Headers.Length; i++) dict[Headers[i]] = values[i];
            return dict;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: "Results");
        return stream.ToArray();
    }
}
