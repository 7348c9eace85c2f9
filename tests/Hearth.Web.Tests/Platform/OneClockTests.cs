using System.Text.RegularExpressions;
using Hearth.Domain.Common;
using Hearth.Testing;
using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.Platform;

/// <summary>
/// One clock (ADR 0027). The banned-API analyser keeps the wall clock out of every C# file; Razor views are generated code,
/// which analysers skip, so this reads them for the same symbols. And the running app tells the time of the test's clock.
/// </summary>
public sealed class OneClockTests(DemoApp app)
{
    /// <summary>
    /// The analyser's own list (BannedSymbols.txt), as a pattern over view source: "P:System.DateTime.Now" is any
    /// "DateTime . Now" (not "DateTime.Nowish"); "M:System.DateTimeOffset.ToLocalTime" is any ".ToLocalTime(" call. One list
    /// for the compiler and for the views, so a symbol banned later is banned in both.
    /// </summary>
    private static Regex WallClock() => Banned.Value;

    private static readonly Lazy<Regex> Banned = new(() =>
    {
        var symbols = File.ReadLines(Path.Combine(RepositoryRoot(), "BannedSymbols.txt"))
            .Where(l => l.Length > 2 && l[1] == ':').Select(l => (Kind: l[0], Name: l[2..].Split(';')[0])).ToList();
        var parts = symbols.Select(s =>
        {
            var segments = s.Name.Split('.');
            var member = Regex.Escape(segments[^1]);
            return s.Kind == 'M'
                ? $@"\.\s*{member}\s*\("
                : $@"\b{Regex.Escape(segments[^2])}\s*\.\s*{member}\b";
        });
        return new Regex(string.Join('|', parts), RegexOptions.CultureInvariant);
    });

    [Fact]
    public void Views_NeverReadTheWallClock()
    {
        var root = RepositoryRoot();
        var views = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(views);
        var offenders = views.SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => WallClock().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(root, x.f)}:{x.i + 1}: {x.line.Trim()}").ToList();
        Assert.True(offenders.Count == 0, "Read the time from the injected TimeProvider (ADR 0027):\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void WallClockPattern_FindsEveryBannedSymbolWrittenInAView()
    {
        // Each banned symbol as a view would write it (Razor's "@", spaces around the dot), built from the list itself.
        var lines = File.ReadLines(Path.Combine(RepositoryRoot(), "BannedSymbols.txt")).Where(l => l.Length > 2 && l[1] == ':').ToList();
        Assert.True(lines.Count >= 9, "BannedSymbols.txt lists the clock and time-zone symbols");
        foreach (var line in lines)
        {
            var segments = line[2..].Split(';')[0].Split('.');
            var written = line[0] == 'M' ? $"@at.{segments[^1]}():HH:mm" : $"@{segments[^2]} . {segments[^1]}";
            Assert.Matches(WallClock(), written);
            Assert.DoesNotMatch(WallClock(), $"{segments[^2]}.{segments[^1]}ish");
        }
        Assert.DoesNotMatch(WallClock(), "London.Today(Clock)");
    }

    [Fact]
    public void TheApp_TellsTheTimeOfTheTestsClock()
    {
        // The app's one TimeProvider is HearthClock over the clock the test host injected: it tells that clock's time.
        var clock = app.Factory.Services.GetRequiredService<TimeProvider>();
        Assert.IsType<HearthClock>(clock);
        var injected = app.Factory.Clock;
        Assert.Same(injected, ((HearthClock)clock).Source);
        Assert.Equal(injected.GetUtcNow(), clock.GetUtcNow());
        Assert.Equal(London.Today(injected), London.Today(clock));
    }

    [Fact]
    public async Task AnInstantWithLondonsSummerOffset_IsStoredAsTheSameInstant_OnEitherDatabase()
    {
        // 09:00 BST on 1 April: what London.At gives and what an API client may send. PostgreSQL's driver writes only UTC.
        var clock = app.Factory.Clock;
        var expires = London.At(new DateOnly(London.Today(clock).Year + 1, 4, 1), new TimeOnly(9, 0)); // 1 April is always in BST
        Assert.Equal(TimeSpan.FromHours(1), expires.Offset);
        var email = $"offset-{Guid.NewGuid():N}@kent.example";
        var id = await app.WithDbAsync(async db =>
        {
            var kent = await db.Authorities.SingleAsync(a => a.Name == DemoData.KentName);
            var invitation = new Invitation
            {
                Email = email, OrganisationId = kent.Id, Roles = "Auditor", TokenHash = Guid.NewGuid().ToString("N"),
                InvitedByOrganisationId = kent.Id, CreatedAt = clock.GetUtcNow(), ExpiresAt = expires,
            };
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync();
            return invitation.Id;
        });
        // Found by the instant (a query parameter with the same offset), and read back as that instant.
        var stored = await app.WithDbAsync(db => db.Invitations.AsNoTracking().SingleAsync(i => i.Id == id && i.ExpiresAt == expires));
        Assert.Equal(expires.UtcDateTime, stored.ExpiresAt.UtcDateTime);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Hearth.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Hearth.slnx not found above " + AppContext.BaseDirectory);
    }
}
