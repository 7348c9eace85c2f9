using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hearth.Browser.Tests.Infrastructure;

/// <summary>
/// Runs axe-core in the page and fails with a readable list of what it found (ARCHITECTURE §6: WCAG 2.2 AA).
/// <para>
/// axe-core itself comes from the Deque.AxeCore package (its embedded axe.min.js), but it is injected and run here rather
/// than through that package's <c>RunAxe</c>: measured on the sign-in page, <c>RunAxe</c> took 2.7–3.2 s a call (it injects
/// into every frame, configures and serialises the whole result each time) where injecting once per document and asking
/// for the violations only takes 0.1–0.6 s. The browser suite runs axe on every page it sees, several hundred times, so
/// this is most of its running time (docs/performance.md §5).
/// </para>
/// </summary>
public static class Axe
{
    /// <summary>WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices.</summary>
    public static readonly IReadOnlyList<string> Tags =
        ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

    private const string ResourceName = "Deque.AxeCore.Commons.Resources.axe.min.js";

    /// <summary>axe-core's script, for <c>IBrowserContext.AddInitScriptAsync</c>: every document then has it from the start.</summary>
    public static string Script => Source.Value;

    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(Deque.AxeCore.Commons.AxeResult).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"axe-core ({ResourceName}) is not in Deque.AxeCore.Commons any more.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Runs in the page: axe with <see cref="Tags"/>, only the violations asked for, returned as JSON text.</summary>
    private const string RunScript = """
        async tags => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return JSON.stringify(result.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.map(n => ({
              target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' in '), html: n.html,
              any: n.any.map(c => c.message), all: n.all.map(c => c.message), none: n.none.map(c => c.message),
            })),
          })));
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Runs in the page: a SHA-256 of what axe judges — the viewport and the document's markup, with hidden fields' values
    /// (the antiforgery token differs on every load) left out.
    /// </summary>
    private const string FingerprintScript = """
        async () => {
          const copy = document.documentElement.cloneNode(true);
          copy.querySelectorAll('input[type=hidden]').forEach(i => i.removeAttribute('value'));
          const text = innerWidth + 'x' + innerHeight + ' ' + document.URL.replace(/[?#].*$/, '') + '\n' + copy.outerHTML;
          const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
          return Array.from(new Uint8Array(digest), b => b.toString(16).padStart(2, '0')).join('');
        }
        """;

    /// <summary>Fingerprints of documents axe found clean in this run (see <see cref="ExpectCleanAsync"/>).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> Clean = new();

    /// <summary>
    /// Fails if axe finds a violation in the page as it is now. A document whose markup and viewport are exactly those of
    /// one already found clean in this run (the sign-in page, seen by almost every test; a home page seen again) is not
    /// checked twice: axe's judgement depends on nothing else, and it is a quarter of the browser suite's checks.
    /// </summary>
    public static async Task ExpectCleanAsync(IPage page)
    {
        var fingerprint = await page.EvaluateAsync<string>(FingerprintScript);
        if (Clean.ContainsKey(fingerprint)) return;
        var violations = await RunAsync(page);
        if (violations.Count == 0)
        {
            Clean.TryAdd(fingerprint, 0);
            return;
        }
        Assert.Fail(Describe(page.Url, violations));
    }

    /// <summary>The page's violations of <see cref="Tags"/>, injecting axe-core into each frame that does not have it yet.</summary>
    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        foreach (var frame in page.Frames)
        {
            if (frame.IsDetached) continue;
            if (!await frame.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
                await frame.EvaluateAsync(Source.Value);
        }
        var json = await page.EvaluateAsync<string>(RunScript, Tags);
        return JsonSerializer.Deserialize<List<Violation>>(json, Json) ?? [];
    }

    public static string Describe(string url, IEnumerable<Violation> violations)
    {
        var text = new StringBuilder();
        var list = violations.ToList();
        text.AppendLine($"axe found {list.Count} accessibility violation(s) on {url}:");
        foreach (var v in list)
        {
            text.AppendLine($"  - {v.Id} ({v.Impact ?? "unknown impact"}): {v.Help}  [{v.HelpUrl}]");
            foreach (var node in v.Nodes)
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

    private static void AppendChecks(StringBuilder text, string heading, IEnumerable<string?> messages)
    {
        var list = messages.Where(m => !string.IsNullOrWhiteSpace(m)).ToList();
        if (list.Count > 0) text.AppendLine($"         {heading}: {string.Join("; ", list)}");
    }

    private static string Shorten(string html)
    {
        var oneLine = string.Join(" ", html.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return oneLine.Length <= 200 ? oneLine : oneLine[..200] + "…";
    }

    /// <summary>One rule axe found broken, with every element that breaks it.</summary>
    public sealed record Violation(
        string Id, string? Impact, string Help, string HelpUrl, [property: JsonPropertyName("nodes")] List<ViolationNode> Nodes);

    /// <summary>An element breaking a rule: its CSS selector (through frames and shadow roots), its HTML and the checks' messages.</summary>
    public sealed record ViolationNode(string Target, string? Html, List<string?> Any, List<string?> All, List<string?> None);
}
