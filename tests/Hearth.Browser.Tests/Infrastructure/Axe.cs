using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Hearth.Browser.Tests.Infrastructure;

/// <summary>Runs axe-core in the page and fails with a readable list of what it found (ARCHITECTURE §6: WCAG 2.2 AA).</summary>
public static class Axe
{
    /// <summary>WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices.</summary>
    public static readonly IReadOnlyList<string> Tags =
        ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

    private static AxeRunOptions Options() => new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
        // Only the violations are read; asking for nothing else keeps each run quick.
        ResultTypes = [ResultType.Violations],
    };

    public static async Task ExpectCleanAsync(IPage page)
    {
        var result = await page.RunAxe(Options());
        var violations = result.Violations ?? [];
        if (violations.Length == 0) return;
        Assert.Fail(Describe(page.Url, violations));
    }

    public static string Describe(string url, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        var list = violations.ToList();
        text.AppendLine($"axe found {list.Count} accessibility violation(s) on {url}:");
        foreach (var v in list)
        {
            text.AppendLine($"  - {v.Id} ({v.Impact ?? "unknown impact"}): {v.Help}  [{v.HelpUrl}]");
            foreach (var node in v.Nodes ?? [])
            {
                text.AppendLine($"      at {node.Target}");
                AppendChecks(text, "Fix any of", node.Any);
                AppendChecks(text, "Fix all of", node.All);
                AppendChecks(text, "Fix all of", node.None);
                if (!string.IsNullOrEmpty(node.Html)) text.AppendLine($"         {Shorten(node.Html)}");
            }
        }
        return text.ToString();
    }

    private static void AppendChecks(StringBuilder text, string heading, IEnumerable<AxeResultCheck>? checks)
    {
        var messages = (checks ?? []).Select(c => c.Message).Where(m => !string.IsNullOrWhiteSpace(m)).ToList();
        if (messages.Count > 0) text.AppendLine($"         {heading}: {string.Join("; ", messages)}");
    }

    private static string Shorten(string html)
    {
        var oneLine = string.Join(" ", html.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return oneLine.Length <= 200 ? oneLine : oneLine[..200] + "…";
    }
}
