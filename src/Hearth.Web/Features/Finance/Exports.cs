using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;

namespace Hearth.Web.Features.Finance;

/// <summary>CSV (CsvHelper, invariant culture) and XLSX (MiniExcel) of a list of records, one column per property.</summary>
public static class Exports
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Csv<T>(IEnumerable<T> rows)
    {
        var text = new StringBuilder();
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly>().Formats = ["yyyy-MM-dd"];
            csv.Context.TypeConverterOptionsCache.GetOptions<DateOnly?>().Formats = ["yyyy-MM-dd"];
            csv.WriteRecords(rows);
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static byte[] Xlsx<T>(IEnumerable<T> rows, string sheetName)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.ToList(), sheetName: sheetName);
        return stream.ToArray();
    }
}
