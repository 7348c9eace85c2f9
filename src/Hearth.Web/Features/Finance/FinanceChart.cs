using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Hearth.Web.Features.Finance;

/// <summary>
/// A horizontal bar chart as inline SVG for the finance pages: one bar per row of the table beside it, split into coloured
/// parts, with an optional marker (a budget). The chart repeats the table's numbers; the table is the exact record.
/// </summary>
public static class FinanceChart
{
    public sealed record Part(string Name, long Pence, string Colour);

    public sealed record Bar(string Label, IReadOnlyList<Part> Parts, long? MarkerPence = null, string? MarkerName = null);

    private const int Width = 240, RowHeight = 46, BarHeight = 18, LabelMax = 30;

    public static IHtmlContent Render(string description, IReadOnlyList<Bar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var max = bars.Select(b => Math.Max(b.Parts.Sum(p => Math.Max(p.Pence, 0)), b.MarkerPence ?? 0)).DefaultIfEmpty(0).Max();
        var height = Math.Max(1, bars.Count) * RowHeight + 4;
        var enc = HtmlEncoder.Default;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"govuk-body-s\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{enc.Encode(description)}\" focusable=\"false\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var top = i * RowHeight;
            var label = bar.Label.Length > LabelMax ? bar.Label[..(LabelMax - 1)] + "…" : bar.Label;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{top + 15}\" font-size=\"14\" fill=\"#0b0c0c\">{enc.Encode(label)}</text>");
            double x = 0;
            foreach (var part in bar.Parts.Where(p => p.Pence > 0))
            {
                var w = max == 0 ? 0 : part.Pence * (double)Width / max;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{x:0.##}\" y=\"{top + 21}\" width=\"{w:0.##}\" height=\"{BarHeight}\" fill=\"{part.Colour}\"><title>{enc.Encode($"{bar.Label}, {part.Name}: {Hearth.Domain.Common.Money.FromPence(part.Pence)}")}</title></rect>");
                x += w;
            }
            if (bar.MarkerPence is { } marker && max > 0)
            {
                var mx = Math.Min(Width - 1.5, marker * (double)Width / max);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{mx:0.##}\" y=\"{top + 17}\" width=\"3\" height=\"{BarHeight + 8}\" fill=\"#0b0c0c\"><title>{enc.Encode($"{bar.Label}, {bar.MarkerName ?? "marker"}: {Hearth.Domain.Common.Money.FromPence(marker)}")}</title></rect>");
            }
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
