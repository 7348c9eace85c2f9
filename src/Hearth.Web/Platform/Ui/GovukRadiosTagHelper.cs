using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.Platform.Ui;

/// <summary>
/// GOV.UK radios: <c>&lt;govuk-radios asp-for="Input.Kind" asp-items="Model.Kinds" legend="What kind of placement?" /&gt;</c>.
/// Options: <c>legend-class</c>, <c>is-page-heading</c>, <c>inline</c>, <c>small</c>, <c>hint</c>.
/// </summary>
[HtmlTargetElement("govuk-radios", Attributes = "asp-for,asp-items", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukRadiosTagHelper : GovukChoicesTagHelper
{
    protected override string Kind => "radios";

    protected override string InputType => "radio";
}
