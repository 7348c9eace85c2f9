using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;

namespace Hearth.Web.Features.Finance;

/// <summary>CSV (CsvHelper) and XLSX (MiniExcel) downloads of a finance page's rows, as the spend report makes them.</summary>
public static class FinanceExport
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<FileContentResult> CsvAsync<T>(IEnumerable<T> rows, string fileName)
    {
        var text = new StringBuilder();
        await using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
        await using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            await csv.WriteRecordsAsync(rows);
        }
        return new FileContentResult(Encoding.UTF8.GetBytes(text.ToString()), "text/csv") { FileDownloadName = fileName };
    }

    public static async Task<FileStreamResult> XlsxAsync<T>(IEnumerable<T> rows, string sheetName, string fileName, CancellationToken ct)
    {
        var stream = new MemoryStream();
        await stream.SaveAsAsync(rows.ToList(), sheetName: sheetName, cancellationToken: ct);
        stream.Position = 0;
        return new FileStreamResult(stream, XlsxType) { FileDownloadName = fileName };
    }
}
