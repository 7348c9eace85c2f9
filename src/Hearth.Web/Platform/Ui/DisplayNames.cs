using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hearth.Web.Platform.Ui;

/// <summary>A property's name for people: its [Display(Name)] or, failing that, "DateOfBirth" as "Date of birth".</summary>
public static class DisplayNames
{
    public static string For(ModelMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (!string.IsNullOrWhiteSpace(metadata.DisplayName))
        {
            return metadata.DisplayName;
        }

        return Humanise(metadata.PropertyName ?? metadata.Name ?? "Value");
    }

    public static string Humanise(string pascalCase)
    {
        var text = new StringBuilder(pascalCase.Length + 8);
        for (var i = 0; i < pascalCase.Length; i++)
        {
            var c = pascalCase[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(pascalCase[i - 1]))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
