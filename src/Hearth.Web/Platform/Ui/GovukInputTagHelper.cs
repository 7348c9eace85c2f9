using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.Platform.Ui;

/// <summary>
/// GOV.UK text input: <c>&lt;govuk-input asp-for="Input.Email" label="Email address" hint="…" type="email"
/// autocomplete="email" width="20" /&gt;</c>. Optional <c>prefix</c>/<c>suffix</c> (e.g. <c>prefix="£"</c>),
/// <c>label-class</c> (e.g. <c>govuk-label--l</c>) and <c>is-page-heading</c>.
/// </summary>
[HtmlTargetElement("govuk-input", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    [HtmlAttributeName("type")]
    public string Type { get; set; } = "text";

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("width")]
    public string? Width { get; set; }

    [HtmlAttributeName("prefix")]
    public string? Prefix { get; set; }

    [HtmlAttributeName("suffix")]
    public string? Suffix { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var passThrough = BecomeFormGroup(output);
        var html = new StringBuilder();
        AppendLabel(html, LabelText(Label), LabelClass, Id);
        AppendHintAndError(html);

        var hasAffix = !string.IsNullOrEmpty(Prefix) || !string.IsNullOrEmpty(Suffix);
        if (hasAffix)
        {
            html.Append("<div class=\"govuk-input__wrapper\">");
            if (!string.IsNullOrEmpty(Prefix))
            {
                html.Append($"<div class=\"govuk-input__prefix\" aria-hidden=\"true\">{Encoder.Encode(Prefix)}</div>");
            }
        }

        html.Append($"<input id=\"{Encoder.Encode(Id)}\" name=\"{Encoder.Encode(FullName)}\" type=\"{Encoder.Encode(Type)}\"");
        var value = CurrentValue();
        if (!string.IsNullOrEmpty(value))
        {
            html.Append($" value=\"{Encoder.Encode(value)}\"");
        }

        if (!string.IsNullOrWhiteSpace(Autocomplete))
        {
            html.Append($" autocomplete=\"{Encoder.Encode(Autocomplete)}\"");
        }

        html.Append(DescribedBy());
        AppendAttributes(html, passThrough,
            Classes("govuk-input", WidthClass(Width), ErrorMessage is null ? null : "govuk-input--error"));
        html.Append('>');

        if (hasAffix)
        {
            if (!string.IsNullOrEmpty(Suffix))
            {
                html.Append($"<div class=\"govuk-input__suffix\" aria-hidden=\"true\">{Encoder.Encode(Suffix)}</div>");
            }

            html.Append("</div>");
        }

        output.Content.SetHtmlContent(html.ToString());
    }
}
