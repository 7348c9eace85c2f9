using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.Platform.Ui;

/// <summary>GOV.UK textarea: <c>&lt;govuk-textarea asp-for="Input.Reason" label="Reason" rows="5" /&gt;</c>.</summary>
[HtmlTargetElement("govuk-textarea", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTextareaTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var passThrough = BecomeFormGroup(output);
        var html = new StringBuilder();
        AppendLabel(html, LabelText(Label), LabelClass, Id);
        AppendHintAndError(html);
        html.Append($"<textarea id=\"{Encoder.Encode(Id)}\" name=\"{Encoder.Encode(FullName)}\" rows=\"{Rows}\"");
        if (!string.IsNullOrWhiteSpace(Autocomplete))
        {
            html.Append($" autocomplete=\"{Encoder.Encode(Autocomplete)}\"");
        }

        html.Append(DescribedBy());
        AppendAttributes(html, passThrough,
            Classes("govuk-textarea", ErrorMessage is null ? null : "govuk-textarea--error"));
        // A newline after the start tag is swallowed by the HTML parser, so a value starting with one survives.
        html.Append(">\n").Append(Encoder.Encode(CurrentValue() ?? "")).Append("</textarea>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
