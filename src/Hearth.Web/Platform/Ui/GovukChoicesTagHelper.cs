using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.Platform.Ui;

/// <summary>Radios and checkboxes: a fieldset with a legend and one input per item of <c>asp-items</c>.</summary>
public abstract class GovukChoicesTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>The question, rendered as the fieldset's legend.</summary>
    [HtmlAttributeName("legend")]
    public string? Legend { get; set; }

    /// <summary>For example <c>govuk-fieldset__legend--m</c>, or <c>--l</c> with <c>is-page-heading</c>.</summary>
    [HtmlAttributeName("legend-class")]
    public string? LegendClass { get; set; }

    /// <summary>Items side by side (for two short options such as Yes/No).</summary>
    [HtmlAttributeName("inline")]
    public bool Inline { get; set; }

    /// <summary>Smaller controls, for filters and dense case-working screens.</summary>
    [HtmlAttributeName("small")]
    public bool Small { get; set; }

    /// <summary>"radios" or "checkboxes": the GOV.UK class and module names.</summary>
    protected abstract string Kind { get; }

    /// <summary>"radio" or "checkbox": the input type.</summary>
    protected abstract string InputType { get; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var passThrough = BecomeFormGroup(output);
        var html = new StringBuilder();
        html.Append("<fieldset class=\"govuk-fieldset\"").Append(DescribedBy()).Append('>');
        AppendLegend(html, LabelText(Legend), LegendClass);
        AppendHintAndError(html);

        html.Append($"<div data-module=\"govuk-{Kind}\"");
        AppendAttributes(html, passThrough, Classes(
            $"govuk-{Kind}", Inline ? $"govuk-{Kind}--inline" : null, Small ? $"govuk-{Kind}--small" : null));
        html.Append('>');

        var current = CurrentValues();
        var index = 0;
        foreach (var item in Items)
        {
            index++;
            var value = item.Value ?? item.Text;
            var itemId = index == 1 ? Id : $"{Id}-{index}";
            var isChecked = current.Count > 0 ? current.Contains(value) : item.Selected;

            html.Append($"<div class=\"govuk-{Kind}__item\">");
            html.Append($"<input class=\"govuk-{Kind}__input\" id=\"{Encoder.Encode(itemId)}\" name=\"{Encoder.Encode(FullName)}\" type=\"{InputType}\" value=\"{Encoder.Encode(value)}\"");
            if (isChecked)
            {
                html.Append(" checked");
            }

            if (item.Disabled)
            {
                html.Append(" disabled");
            }

            html.Append('>');
            html.Append($"<label class=\"govuk-label govuk-{Kind}__label\" for=\"{Encoder.Encode(itemId)}\">{Encoder.Encode(item.Text)}</label>");
            html.Append("</div>");
        }

        html.Append("</div></fieldset>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
