using MiniExcelLibs;

namespace Hearth.Web.Features.Finance;

/// <summary>XLSX (MiniExcel) of a list of records, one column per property; CSV is written by <see cref="Platform.CsvExport"/>.</summary>
public static class Exports
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Xlsx<T>(IEnumerable<T> rows, string sheetName)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.ToList(), sheetName: sheetName);
        return stream.ToArray();
    }
}
