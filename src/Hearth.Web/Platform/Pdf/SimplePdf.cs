using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Hearth.Web.Platform.Pdf;

/// <summary>
/// Plain A4 documents (letters, agreements) written with PdfPig's standard Helvetica fonts: no font files needed on the
/// server, text selectable and searchable. Paragraphs wrap to the margins and flow onto new pages.
/// </summary>
public sealed class SimplePdf
{
    private const double Margin = 56; // about 20 mm
    private const double Width = 595 - 2 * Margin;
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private PdfPageBuilder _page = null!;
    private double _y;

    public SimplePdf(string title)
    {
        _builder.DocumentInformation.Title = Clean(title);
        _builder.DocumentInformation.Producer = "Hearth";
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
        NewPage();
    }

    public SimplePdf Heading(string text, double size = 16)
    {
        Space(6);
        Write(text, size, _bold);
        Space(4);
        return this;
    }

    public SimplePdf Paragraph(string text, double size = 11, bool bold = false)
    {
        Write(text, size, bold ? _bold : _regular);
        Space(6);
        return this;
    }

    /// <summary>Label and value side by side, as in a summary list.</summary>
    public SimplePdf Row(string label, string value, double size = 11)
    {
        var labelWidth = Width * 0.38;
        var lines = Wrap(Clean(value), size, _regular, Width - labelWidth);
        EnsureRoom(size * 1.4 * Math.Max(1, lines.Count));
        _page.AddText(Clean(label), size, new PdfPoint(Margin, _y), _bold);
        foreach (var line in lines)
        {
            _page.AddText(line, size, new PdfPoint(Margin + labelWidth, _y), _regular);
            _y -= size * 1.4;
        }
        if (lines.Count == 0) _y -= size * 1.4;
        return this;
    }

    public SimplePdf Rule()
    {
        EnsureRoom(12);
        _page.DrawLine(new PdfPoint(Margin, _y + 4), new PdfPoint(Margin + Width, _y + 4), 0.5);
        _y -= 10;
        return this;
    }

    public SimplePdf Space(double points)
    {
        _y -= points;
        return this;
    }

    public byte[] Build() => _builder.Build();

    private void Write(string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        foreach (var paragraph in Clean(text).Split('\n'))
        {
            foreach (var line in Wrap(paragraph, size, font, Width))
            {
                EnsureRoom(size * 1.4);
                _page.AddText(line, size, new PdfPoint(Margin, _y), font);
                _y -= size * 1.4;
            }
        }
    }

    private List<string> Wrap(string text, double size, PdfDocumentBuilder.AddedFont font, double width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Measure(candidate, size, font) > width)
            {
                lines.Add(line.ToString());
                line.Clear().Append(word);
            }
            else
            {
                line.Clear().Append(candidate);
            }
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    private double Measure(string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        var letters = _page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    private void EnsureRoom(double height)
    {
        if (_y - height < Margin) NewPage();
    }

    private void NewPage()
    {
        _page = _builder.AddPage(PageSize.A4);
        _y = 842 - Margin;
    }

    /// <summary>Keeps to the characters the standard fonts' WinAnsi encoding can show (£, curly quotes and dashes are in it).</summary>
    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
            sb.Append(c == '\n' || (c >= ' ' && c <= '~') || "£€–—‘’“”•…éèàçôöüñ°±×÷½¼¾".Contains(c) ? c : '?');
        return sb.ToString();
    }
}
