using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.Platform.Ui;

/// <summary>
/// GOV.UK select: <c>&lt;govuk-select asp-for="Input.Lot" asp-items="Model.Lots" label="Lot" /&gt;</c>.
/// Include an item with an empty value first if the user may choose nothing.
/// </summary>
[HtmlTargetElement("govuk-select", Attributes = "asp-for,asp-items", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukSelectTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var passThrough = BecomeFormGroup(output);
        var html = new StringBuilder();
        AppendLabel(html, LabelText(Label), LabelClass, Id);
        AppendHintAndError(html);
        html.Append($"<select id=\"{Encoder.Encode(Id)}\" name=\"{Encoder.Encode(FullName)}\"");
        html.Append(DescribedBy());
        AppendAttributes(html, passThrough, Classes("govuk-select", ErrorMessage is null ? null : "govuk-select--error"));
        html.Append('>');

        var current = CurrentValues();
        foreach (var item in Items)
        {
            var value = item.Value ?? item.Text;
            var selected = current.Count > 0 ? current.Contains(value) : item.Selected;
            html.Append($"<option value=\"{Encoder.Encode(value)}\"");
            if (selected)
            {
                html.Append(" selected");
            }

            if (item.Disabled)
            {
                html.Append(" disabled");
            }

            html.Append('>').Append(Encoder.Encode(item.Text)).Append("</option>");
        }

        html.Append("</select>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
