using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.Platform.Ui;

/// <summary>
/// What every GOV.UK form field tag helper shares: the <c>asp-for</c> binding, label or legend, hint, error message and
/// the ids that tie them together.
/// </summary>
/// <remarks>
/// Conventions (the error summary relies on them): a field's id is its full HTML field name with dots replaced by
/// underscores (<c>Input.Email</c> → <c>Input_Email</c>, as ASP.NET does), and the first focusable control of every
/// component carries that id (the first radio or checkbox, the day box of a date), so the error summary can link to
/// <c>#{id}</c>. The hint is <c>{id}-hint</c> and the error message <c>{id}-error</c>. Attributes the tag helper does not
/// know (for example <c>inputmode</c>, <c>spellcheck</c>, <c>class</c>) are copied onto the control.
/// </remarks>
public abstract class GovukFieldTagHelper : TagHelper
{
    protected static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    /// <summary>Hint text under the label or legend.</summary>
    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>Wrap the label or legend in an <c>h1</c> (the "question pages" pattern).</summary>
    [HtmlAttributeName("is-page-heading")]
    public bool IsPageHeading { get; set; }

    /// <summary>Extra classes for the surrounding <c>govuk-form-group</c>.</summary>
    [HtmlAttributeName("form-group-class")]
    public string? FormGroupClass { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    /// <summary>The name the model binder reads, e.g. <c>Input.Email</c>.</summary>
    protected string FullName => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);

    /// <summary>The id of the field's first control, e.g. <c>Input_Email</c>.</summary>
    protected string Id => FieldId(FullName);

    protected string HintId => Id + "-hint";

    protected string ErrorId => Id + "-error";

    /// <summary>The HTML id Hearth gives the field bound to <paramref name="fullName"/>.</summary>
    public static string FieldId(string fullName) => TagBuilder.CreateSanitizedId(fullName, "_");

    /// <summary>The field's first error message from ModelState, or null when it has none.</summary>
    protected string? ErrorMessage
    {
        get
        {
            if (!ViewContext.ViewData.ModelState.TryGetValue(FullName, out var entry) || entry.Errors.Count == 0)
            {
                return null;
            }

            return MessageOf(entry.Errors[0]);
        }
    }

    internal static string MessageOf(ModelError error) =>
        string.IsNullOrWhiteSpace(error.ErrorMessage) ? "Enter a valid value" : error.ErrorMessage;

    /// <summary>The value to show: what was posted (so a rejected form keeps the user's input), else the model's.</summary>
    protected string? CurrentValue()
    {
        if (ViewContext.ViewData.ModelState.TryGetValue(FullName, out var entry) && entry.AttemptedValue is not null)
        {
            return entry.AttemptedValue;
        }

        return Format(For.Model);
    }

    /// <summary>The values to show as selected for a multi-valued field (checkboxes).</summary>
    protected IReadOnlySet<string> CurrentValues()
    {
        if (ViewContext.ViewData.ModelState.TryGetValue(FullName, out var entry) && entry.RawValue is not null)
        {
            return entry.RawValue switch
            {
                string s => new HashSet<string>([s], StringComparer.Ordinal),
                IEnumerable<string> many => new HashSet<string>(many, StringComparer.Ordinal),
                _ => new HashSet<string>([entry.AttemptedValue ?? ""], StringComparer.Ordinal),
            };
        }

        var values = new HashSet<string>(StringComparer.Ordinal);
        if (For.Model is IEnumerable items and not string)
        {
            foreach (var item in items)
            {
                values.UnionWith(Representations(item));
            }
        }
        else if (For.Model is not null)
        {
            values.UnionWith(Representations(For.Model));
        }

        return values;
    }

    /// <summary>
    /// The ways an option's value may be written: enums match by name or by number (Html.GetEnumSelectList uses numbers).
    /// </summary>
    protected static IEnumerable<string> Representations(object? value)
    {
        if (value is null)
        {
            yield break;
        }

        if (value is Enum e)
        {
            yield return e.ToString();
            yield return Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            yield break;
        }

        var text = Format(value);
        if (text is not null)
        {
            yield return text;
        }
    }

    protected static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString(),
    };

    /// <summary>Turns the element into the surrounding <c>div.govuk-form-group</c> and returns the attributes it was given.</summary>
    protected IReadOnlyList<TagHelperAttribute> BecomeFormGroup(TagHelperOutput output, string? extraClass = null)
    {
        var passThrough = output.Attributes.ToList();
        output.Attributes.Clear();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Classes(
            "govuk-form-group", extraClass, ErrorMessage is null ? null : "govuk-form-group--error", FormGroupClass));
        return passThrough;
    }

    /// <summary>Writes attributes that were not bound to a tag helper property, merging <c>class</c> into <paramref name="classes"/>.</summary>
    protected static void AppendAttributes(StringBuilder html, IEnumerable<TagHelperAttribute> attributes, string classes)
    {
        var extraClass = attributes.FirstOrDefault(a => a.Name == "class")?.Value?.ToString();
        html.Append(" class=\"").Append(Encoder.Encode(Classes(classes, extraClass))).Append('"');
        foreach (var attribute in attributes.Where(a => a.Name != "class"))
        {
            if (attribute.ValueStyle == HtmlAttributeValueStyle.Minimized)
            {
                html.Append(' ').Append(attribute.Name);
            }
            else
            {
                html.Append(' ').Append(attribute.Name).Append("=\"")
                    .Append(Encoder.Encode(attribute.Value?.ToString() ?? "")).Append('"');
            }
        }
    }

    protected void AppendLabel(StringBuilder html, string text, string? labelClass, string forId)
    {
        var label = $"<label class=\"{Encoder.Encode(Classes("govuk-label", labelClass))}\" for=\"{Encoder.Encode(forId)}\">{Encoder.Encode(text)}</label>";
        html.Append(IsPageHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label);
    }

    protected void AppendLegend(StringBuilder html, string text, string? legendClass)
    {
        html.Append("<legend class=\"").Append(Encoder.Encode(Classes("govuk-fieldset__legend", legendClass))).Append("\">");
        html.Append(IsPageHeading
            ? $"<h1 class=\"govuk-fieldset__heading\">{Encoder.Encode(text)}</h1>"
            : Encoder.Encode(text));
        html.Append("</legend>");
    }

    /// <summary>The hint and error message, in GOV.UK order.</summary>
    protected void AppendHintAndError(StringBuilder html)
    {
        if (!string.IsNullOrWhiteSpace(Hint))
        {
            html.Append($"<div id=\"{Encoder.Encode(HintId)}\" class=\"govuk-hint\">{Encoder.Encode(Hint)}</div>");
        }

        if (ErrorMessage is { } error)
        {
            html.Append($"<p id=\"{Encoder.Encode(ErrorId)}\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Encoder.Encode(error)}</p>");
        }
    }

    /// <summary>The <c>aria-describedby</c> attribute for the hint and error, or an empty string.</summary>
    protected string DescribedBy()
    {
        var ids = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(Hint))
        {
            ids.Add(HintId);
        }

        if (ErrorMessage is not null)
        {
            ids.Add(ErrorId);
        }

        return ids.Count == 0 ? "" : $" aria-describedby=\"{Encoder.Encode(string.Join(' ', ids))}\"";
    }

    protected static string Classes(params string?[] classes) =>
        string.Join(' ', classes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim()));

    /// <summary>GOV.UK width classes: 2, 3, 4, 5, 10, 20, 30 (characters) or full, three-quarters, two-thirds, one-half, one-third, one-quarter.</summary>
    protected static string? WidthClass(string? width) => width switch
    {
        null or "" => null,
        "2" or "3" or "4" or "5" or "10" or "20" or "30" => $"govuk-input--width-{width}",
        "full" or "three-quarters" or "two-thirds" or "one-half" or "one-third" or "one-quarter" => $"govuk-!-width-{width}",
        _ => throw new InvalidOperationException(
            $"Unknown GOV.UK width '{width}'. Use 2, 3, 4, 5, 10, 20, 30, full, three-quarters, two-thirds, one-half, one-third or one-quarter."),
    };

    /// <summary>The label text: the <paramref name="explicitLabel"/>, else the property's display name.</summary>
    protected string LabelText(string? explicitLabel) =>
        !string.IsNullOrWhiteSpace(explicitLabel) ? explicitLabel : DisplayNames.For(For.Metadata);
}
