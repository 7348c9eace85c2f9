using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;

namespace Hearth.Web.Features.Finance;

/// <summary>XLSX (MiniExcel) downloads of a finance page's rows; their CSV twins are written by <see cref="Platform.CsvExport"/>.</summary>
public static class FinanceExport
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<FileStreamResult> XlsxAsync<T>(IEnumerable<T> rows, string sheetName, string fileName, CancellationToken ct)
    {
        var stream = new MemoryStream();
        await stream.SaveAsAsync(rows.ToList(), sheetName: sheetName, cancellationToken: ct);
        stream.Position = 0;
        return new FileStreamResult(stream, XlsxType) { FileDownloadName = fileName };
    }
}
