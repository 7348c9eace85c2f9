using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.Platform.Ui;

/// <summary>
/// GOV.UK checkboxes bound to a collection (e.g. <c>List&lt;string&gt;</c> or a list of an enum):
/// <c>&lt;govuk-checkboxes asp-for="Input.Needs" asp-items="Model.AllNeeds" legend="Which needs apply?" /&gt;</c>.
/// When nothing is ticked the browser posts nothing, so the property binds as empty (or keeps its initialiser).
/// </summary>
[HtmlTargetElement("govuk-checkboxes", Attributes = "asp-for,asp-items", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukCheckboxesTagHelper : GovukChoicesTagHelper
{
    protected override string Kind => "checkboxes";

    protected override string InputType => "checkbox";
}
