using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.Platform.Ui;

/// <summary>
/// GOV.UK date input for a <c>DateOnly</c>/<c>DateOnly?</c> property:
/// <c>&lt;govuk-date-input asp-for="Input.StartDate" legend="Start date" hint="For example, 27 3 2026" /&gt;</c>.
/// Posts <c>{name}.Day</c>, <c>{name}.Month</c> and <c>{name}.Year</c>, which <see cref="DateOnlyModelBinder"/> (registered
/// by <c>AddHearthUi</c>) turns back into the date. The day box carries the field id, so the error summary link lands
/// on it; the boxes that are empty or not numbers (or a year without 4 digits) are highlighted, or all three when the
/// date is not real.
/// </summary>
[HtmlTargetElement("govuk-date-input", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukDateInputTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("legend")]
    public string? Legend { get; set; }

    [HtmlAttributeName("legend-class")]
    public string? LegendClass { get; set; }

    /// <summary>Set to <c>bday</c> for a date of birth: the boxes get bday-day, bday-month and bday-year.</summary>
    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var passThrough = BecomeFormGroup(output);
        var html = new StringBuilder();
        html.Append("<fieldset class=\"govuk-fieldset\" role=\"group\"").Append(DescribedBy()).Append('>');
        AppendLegend(html, LabelText(Legend), LegendClass);
        AppendHintAndError(html);

        var (day, month, year) = Parts();
        var hasError = ErrorMessage is not null;
        var yearBad = IsBad(year) || year.Length != 4;
        var anyBad = hasError && (IsBad(day) || IsBad(month) || yearBad);

        html.Append($"<div id=\"{Encoder.Encode(Id)}-date\"");
        AppendAttributes(html, passThrough, "govuk-date-input");
        html.Append('>');
        AppendPart(html, Id, DateOnlyModelBinder.DaySuffix, "Day", day, 2, "day", hasError && (!anyBad || IsBad(day)));
        AppendPart(html, $"{Id}-month", DateOnlyModelBinder.MonthSuffix, "Month", month, 2, "month", hasError && (!anyBad || IsBad(month)));
        AppendPart(html, $"{Id}-year", DateOnlyModelBinder.YearSuffix, "Year", year, 4, "year", hasError && (!anyBad || yearBad));
        html.Append("</div></fieldset>");
        output.Content.SetHtmlContent(html.ToString());
    }

    private static bool IsBad(string value) => value.Length == 0 || !value.All(char.IsAsciiDigit);

    private (string Day, string Month, string Year) Parts()
    {
        var modelState = ViewContext.ViewData.ModelState;
        string? Posted(string suffix) =>
            modelState.TryGetValue(FullName + suffix, out var entry) ? entry.AttemptedValue ?? "" : null;

        var day = Posted(DateOnlyModelBinder.DaySuffix);
        var month = Posted(DateOnlyModelBinder.MonthSuffix);
        var year = Posted(DateOnlyModelBinder.YearSuffix);
        if (day is not null || month is not null || year is not null)
        {
            return (day ?? "", month ?? "", year ?? "");
        }

        return For.Model switch
        {
            DateOnly date => (date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
                date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
                date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            _ => ("", "", ""),
        };
    }

    private void AppendPart(StringBuilder html, string id, string suffix, string label, string value, int width, string autocompletePart, bool error)
    {
        html.Append("<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">");
        html.Append($"<label class=\"govuk-label govuk-date-input__label\" for=\"{Encoder.Encode(id)}\">{label}</label>");
        html.Append($"<input class=\"{Classes("govuk-input govuk-date-input__input", $"govuk-input--width-{width}", error ? "govuk-input--error" : null)}\"");
        html.Append($" id=\"{Encoder.Encode(id)}\" name=\"{Encoder.Encode(FullName + suffix)}\" type=\"text\" inputmode=\"numeric\"");
        if (value.Length > 0)
        {
            html.Append($" value=\"{Encoder.Encode(value)}\"");
        }

        if (!string.IsNullOrWhiteSpace(Autocomplete))
        {
            html.Append($" autocomplete=\"{Encoder.Encode(Autocomplete)}-{autocompletePart}\"");
        }

        html.Append("></div></div>");
    }
}
