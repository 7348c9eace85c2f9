using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.Platform.Ui;

/// <summary>
/// GOV.UK error summary from ModelState: <c>&lt;govuk-error-summary /&gt;</c> at the top of the main column, before the
/// h1. Renders nothing when there are no errors. Each message links to <c>#{field id}</c> (see
/// <see cref="GovukFieldTagHelper"/> for the id convention); errors not tied to a field (key "") are listed unlinked.
/// Errors are listed in the order the properties are declared on the page model (ModelState itself is sorted by key),
/// which is the order of the questions on a page written top to bottom. GOV.UK Frontend's script moves focus to the
/// summary when the page loads.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukErrorSummaryTagHelper : TagHelper
{
    [HtmlAttributeName("title")]
    public string Title { get; set; } = "There is a problem";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var modelState = ViewContext.ViewData.ModelState;
        if (modelState.ErrorCount == 0)
        {
            output.SuppressOutput();
            return;
        }

        var encoder = HtmlEncoder.Default;
        var list = new StringBuilder();
        var order = DeclarationOrder(ViewContext.ViewData.ModelMetadata);
        var entries = modelState
            .Where(e => e.Value is { Errors.Count: > 0 })
            .OrderBy(e => order.TryGetValue(e.Key, out var i) ? i : int.MaxValue);
        foreach (var (key, entry) in entries)
        {
            foreach (var error in entry!.Errors)
            {
                var message = encoder.Encode(GovukFieldTagHelper.MessageOf(error));
                list.Append(string.IsNullOrEmpty(key)
                    ? $"<li>{message}</li>"
                    : $"<li><a href=\"#{encoder.Encode(GovukFieldTagHelper.FieldId(key))}\">{message}</a></li>");
            }
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        output.Content.SetHtmlContent(
            $"<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">{encoder.Encode(Title)}</h2>" +
            $"<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">{list}</ul></div></div>");
    }

    /// <summary>Each property path of the model (e.g. "Input.Email"), numbered in declaration order, a few levels deep.</summary>
    private static Dictionary<string, int> DeclarationOrder(ModelMetadata? root)
    {
        var order = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { [""] = 0 };
        Walk(root, "", 0);
        return order;

        void Walk(ModelMetadata? metadata, string prefix, int depth)
        {
            // Framework types (HttpContext, ModelState… on a PageModel) hold no form fields: do not walk into them.
            var ns = metadata?.ModelType.Namespace ?? "";
            if (metadata is null || depth > 3 || !metadata.IsComplexType || metadata.IsEnumerableType
                || (depth > 0 && (ns.StartsWith("Microsoft.", StringComparison.Ordinal) || ns.StartsWith("System", StringComparison.Ordinal))))
            {
                return;
            }

            foreach (var property in metadata.Properties)
            {
                var path = prefix.Length == 0 ? property.PropertyName! : $"{prefix}.{property.PropertyName}";
                order.TryAdd(path, order.Count);
                Walk(property, path, depth + 1);
            }
        }
    }
}
