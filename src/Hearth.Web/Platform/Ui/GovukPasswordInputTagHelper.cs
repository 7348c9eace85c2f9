using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.Platform.Ui;

/// <summary>
/// GOV.UK password input with the show/hide button (enhanced by GOV.UK Frontend's script; without script it is a plain
/// password box): <c>&lt;govuk-password-input asp-for="Input.Password" label="Password" autocomplete="new-password" /&gt;</c>.
/// Unlike the other fields it never writes the posted value back into the page.
/// </summary>
[HtmlTargetElement("govuk-password-input", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukPasswordInputTagHelper : GovukFieldTagHelper
{
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    /// <summary><c>current-password</c> (the default) on sign-in forms, <c>new-password</c> when choosing one.</summary>
    [HtmlAttributeName("autocomplete")]
    public string Autocomplete { get; set; } = "current-password";

    [HtmlAttributeName("width")]
    public string? Width { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var passThrough = BecomeFormGroup(output, "govuk-password-input");
        output.Attributes.SetAttribute("data-module", "govuk-password-input");

        var html = new StringBuilder();
        AppendLabel(html, LabelText(Label), LabelClass, Id);
        AppendHintAndError(html);
        html.Append("<div class=\"govuk-input__wrapper govuk-password-input__wrapper\">");
        html.Append($"<input id=\"{Encoder.Encode(Id)}\" name=\"{Encoder.Encode(FullName)}\" type=\"password\" spellcheck=\"false\" autocapitalize=\"none\" autocomplete=\"{Encoder.Encode(Autocomplete)}\"");
        html.Append(DescribedBy());
        AppendAttributes(html, passThrough, Classes(
            "govuk-input govuk-password-input__input govuk-js-password-input-input",
            WidthClass(Width),
            ErrorMessage is null ? null : "govuk-input--error"));
        html.Append('>');
        html.Append($"<button type=\"button\" class=\"govuk-button govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle\" data-module=\"govuk-button\" aria-controls=\"{Encoder.Encode(Id)}\" aria-label=\"Show password\" hidden>Show</button>");
        html.Append("</div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
