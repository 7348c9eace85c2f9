using System.Text.Json;

namespace Hearth.Web.Features.Audit;

/// <summary>Reads an audit entry's recorded changes (field → [old, new]) for display.</summary>
public static class AuditChanges
{
    public sealed record Change(string Field, string? Old, string? New);

    public static List<Change> Parse(string json)
    {
        var list = new List<Change>();
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var values = property.Value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? null : v.ToString()).ToArray();
            list.Add(new Change(property.Name, values.ElementAtOrDefault(0), values.ElementAtOrDefault(1)));
        }
        return list;
    }
}
