using System.Globalization;
using Hearth.Web.Platform;
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

    public static byte[] Csv(IEnumerable<ResultRow> rows) =>
        CsvExport.Table(Headers, rows.Select(r => Values(r).Select(v => v is decimal d ? CsvExport.Fixed(d, 2) : v).ToList()));

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
