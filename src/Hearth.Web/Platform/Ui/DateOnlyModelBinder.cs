using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hearth.Web.Platform.Ui;

/// <summary>
/// Binds a <c>DateOnly</c> or <c>DateOnly?</c> from the three boxes of a GOV.UK date input (<c>{name}.Day</c>,
/// <c>{name}.Month</c>, <c>{name}.Year</c>, as rendered by <c>&lt;govuk-date-input&gt;</c>), with the Design System's
/// error messages. When none of the three is posted it hands over to the normal binder, so <c>?from=2026-04-01</c>
/// and JSON still work.
/// </summary>
/// <remarks>
/// Why a binder rather than a Day/Month/Year record on the page model: page authors keep a plain <c>DateOnly?</c> (with
/// <c>[Required(ErrorMessage = "Enter the start date")]</c> if it is needed) and pass it straight to the domain; the
/// wording of "must include a month" / "must be a real date" lives in one place. All three boxes empty binds null.
/// </remarks>
public sealed class DateOnlyModelBinder(IModelBinder fallback) : IModelBinder
{
    public const string DaySuffix = ".Day";
    public const string MonthSuffix = ".Month";
    public const string YearSuffix = ".Year";

    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var name = bindingContext.ModelName;
        var values = bindingContext.ValueProvider;
        var dayResult = values.GetValue(name + DaySuffix);
        var monthResult = values.GetValue(name + MonthSuffix);
        var yearResult = values.GetValue(name + YearSuffix);

        if (dayResult == ValueProviderResult.None && monthResult == ValueProviderResult.None && yearResult == ValueProviderResult.None)
        {
            await fallback.BindModelAsync(bindingContext);
            return;
        }

        var modelState = bindingContext.ModelState;
        foreach (var (suffix, result) in new[] { (DaySuffix, dayResult), (MonthSuffix, monthResult), (YearSuffix, yearResult) })
        {
            // Keep what was typed, so the page can show it again; the parts themselves are not validated.
            modelState.SetModelValue(name + suffix, result);
            modelState.MarkFieldSkipped(name + suffix);
        }

        var day = dayResult.FirstValue?.Trim() ?? "";
        var month = monthResult.FirstValue?.Trim() ?? "";
        var year = yearResult.FirstValue?.Trim() ?? "";
        modelState.SetModelValue(name, new ValueProviderResult($"{day}/{month}/{year}", CultureInfo.InvariantCulture));

        var displayName = DisplayNames.For(bindingContext.ModelMetadata);
        var nullable = Nullable.GetUnderlyingType(bindingContext.ModelType) is not null;

        if (day.Length == 0 && month.Length == 0 && year.Length == 0)
        {
            if (nullable)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }
            else
            {
                modelState.TryAddModelError(name, $"Enter {LowerFirst(displayName)}");
                bindingContext.Result = ModelBindingResult.Failed();
            }

            return;
        }

        var error = Validate(day, month, year, displayName, out var date);
        if (error is not null)
        {
            modelState.TryAddModelError(name, error);
            bindingContext.Result = ModelBindingResult.Failed();
            return;
        }

        bindingContext.Result = ModelBindingResult.Success(date);
    }

    /// <summary>The GOV.UK date input error message for the three parts, or null when they make a real date.</summary>
    public static string? Validate(string day, string month, string year, string displayName, out DateOnly date)
    {
        date = default;
        var missing = new List<string>(3);
        if (day.Length == 0) missing.Add("day");
        if (month.Length == 0) missing.Add("month");
        if (year.Length == 0) missing.Add("year");
        if (missing.Count > 0)
        {
            return $"{displayName} must include a {string.Join(" and ", missing)}";
        }

        if (!int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            return $"{displayName} must be a real date";
        }

        if (year.Length != 4)
        {
            return "Year must include 4 numbers";
        }

        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return $"{displayName} must be a real date";
        }

        date = new DateOnly(y, m, d);
        return null;
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
