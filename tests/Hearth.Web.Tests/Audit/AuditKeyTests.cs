using System.Text.Json;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Hearth.Web.Platform.Audit;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hearth.Web.Tests.Audit;

/// <summary>The audit chain's key (ADR 0026): where it comes from, rotating it, and sealing a trail written before it existed.</summary>
public sealed class AuditKeyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string KeyA = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=";
    private const string KeyB = "QkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkI=";

    [Fact]
    public async Task Rotation_EntriesSealedWithTheRetiredKeyVerifyWhileItIsKept_AndAreNamedWhenItIsNot()
    {
        await using var database = await TestDatabase.CreateAsync();
        var noWorker = new Dictionary<string, string> { ["Audit:CheckpointInterval"] = "00:00:00" };
        await using (var first = new HearthFactory(database, demo: false, With(noWorker, ("Audit:ChainKey", KeyA), ("Audit:ChainKeyId", "2026-a"))))
        {
            first.StartServer();
            await TestAccounts.NewAuthorityAsync(first.Services);
        }
        await using (var second = new HearthFactory(database, demo: false, With(noWorker, ("Audit:ChainKey", KeyB), ("Audit:ChainKeyId", "2026-b"),
            ("Audit:PreviousChainKeys:2026-a", KeyA))))
        {
            second.StartServer();
            await TestAccounts.NewAuthorityAsync(second.Services);
            var keys = await TestAccounts.WithDbAsync(second.Services, db => db.AuditEntries.IgnoreQueryFilters().Select(a => a.KeyId).Distinct().OrderBy(k => k).ToListAsync(Ct));
            Assert.Equal(["2026-a", "2026-b"], keys);
            var result = await VerifyAsync(second);
            Assert.True(result.Intact, result.Message);
        }
        await using (var third = new HearthFactory(database, demo: false, With(noWorker, ("Audit:ChainKey", KeyB), ("Audit:ChainKeyId", "2026-b"))))
        {
            third.StartServer();
            var result = await VerifyAsync(third);
            Assert.False(result.Intact);
            Assert.Contains("is sealed with key '2026-a', which is not configured", result.Message);
            Assert.Contains("Audit:PreviousChainKeys:2026-a", result.Message);
        }
    }

    [Fact]
    public async Task Upgrade_ATrailWrittenBeforeKeys_IsSealedOnceAndTheUpgradeRecorded()
    {
        await using var blank = await BlankApp.StartAsync();
        var services = blank.Factory.Services;
        // The database as ADR 0003 left it: no sealed entry yet. (A start on a blank database now seals the entries of the
        // roles it creates; an old database has none of those, so they are removed, past the append-only triggers.)
        await ForgetEveryEntryAsync(services);
        Assert.False(await TestAccounts.WithDbAsync(services, db => db.AuditEntries.IgnoreQueryFilters().AnyAsync(Ct)));
        var at = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var legacyHead = await TestAccounts.WithDbAsync(services, async db =>
        {
            // Three entries as ADR 0003 wrote them: unkeyed SHA-256, no key id.
            var previous = "";
            for (var i = 1; i <= 3; i++)
            {
                var entry = new AuditEntry
                {
                    Id = i, At = new DateTimeOffset(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero), ActorName = "System",
                    Entity = "Authority", EntityId = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Action = AuditAction.Insert,
                    Changes = "{}", PreviousHash = previous,
                };
                entry.Hash = AuditSeal.LegacyHash(entry);
                previous = entry.Hash;
                db.AuditEntries.Add(entry);
            }
            await db.SaveChangesAsync(Ct);
            return previous;
        });

        var keys = services.GetRequiredService<AuditKeyRing>();
        Assert.Equal(3, await TestAccounts.WithDbAsync(services, db => AuditChainUpgrade.RunAsync(db, keys, NullLogger.Instance, Ct)));
        Assert.Equal(0, await TestAccounts.WithDbAsync(services, db => AuditChainUpgrade.RunAsync(db, keys, NullLogger.Instance, Ct)));

        var entries = await TestAccounts.WithDbAsync(services, db => db.AuditEntries.IgnoreQueryFilters().OrderBy(a => a.Id).ToListAsync(Ct));
        Assert.Equal(4, entries.Count);
        Assert.All(entries, e => Assert.Equal(keys.CurrentKeyId, e.KeyId));
        var record = entries[^1];
        Assert.Equal(AuditChainUpgrade.Entity, record.Entity);
        var changes = JsonDocument.Parse(record.Changes).RootElement;
        Assert.Equal("intact", changes.GetProperty("UnkeyedChain")[1].GetString());
        Assert.Equal(legacyHead, changes.GetProperty("UnkeyedLastHash")[1].GetString());
        Assert.True((await VerifyAsync(blank.Factory)).Intact);

        // An unkeyed entry written after that is a forgery, never sealed by a later start.
        await TestAccounts.WithDbAsync(services, async db =>
        {
            db.AuditEntries.Add(new AuditEntry { Id = record.Id + 1, At = record.At, ActorName = "Intruder", Entity = "Authority", EntityId = "1",
                Action = AuditAction.Update, Changes = "{}", PreviousHash = record.Hash, Hash = new string('b', 64) });
            return await db.SaveChangesAsync(Ct);
        });
        Assert.Equal(0, await TestAccounts.WithDbAsync(services, db => AuditChainUpgrade.RunAsync(db, keys, NullLogger.Instance, Ct)));
        var verdict = await VerifyAsync(blank.Factory);
        Assert.Contains($"Entry {record.Id + 1} has no seal key", verdict.Message);
    }

    [Fact]
    public void Load_PostgresWithoutAKey_RefusesToStartAndSaysWhatToSet()
    {
        var e = Assert.Throws<HearthStartupException>(() => AuditKeyRing.Load(Config(), DatabaseSetup.Postgres, Path.GetTempPath(), null));
        Assert.Contains("Audit:ChainKey is not set", e.Message);
        Assert.Contains("Audit__ChainKey", e.Message);
    }

    [Theory]
    [InlineData("not base64!", "is not base64")]
    [InlineData("c2hvcnQ=", "must be at least 32 random bytes")]
    public void Load_ABadKey_RefusesToStartAndSaysWhy(string key, string message)
    {
        var e = Assert.Throws<HearthStartupException>(() => AuditKeyRing.Load(Config(("Audit:ChainKey", key)), DatabaseSetup.Postgres, null, null));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Load_SqliteWithoutAKey_GeneratesOneBesideTheDatabaseAndKeepsIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hearth-key-" + Guid.NewGuid().ToString("N"));
        try
        {
            var first = AuditKeyRing.Load(Config(), DatabaseSetup.Sqlite, folder, null);
            Assert.True(File.Exists(Path.Combine(folder, AuditKeyRing.KeyFileName)));
            Assert.StartsWith("local-", first.CurrentKeyId);
            Assert.Equal(first.CurrentKeyId, AuditKeyRing.Load(Config(), DatabaseSetup.Sqlite, folder, null).CurrentKeyId);
            // Once a key is configured, the generated one still verifies what it sealed.
            var configured = AuditKeyRing.Load(Config(("Audit:ChainKey", KeyA)), DatabaseSetup.Sqlite, folder, null);
            Assert.NotEqual(first.CurrentKeyId, configured.CurrentKeyId);
            Assert.True(configured.Knows(first.CurrentKeyId));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<AuditChain.Result> VerifyAsync(HearthFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
        return await scope.ServiceProvider.GetRequiredService<AuditChain>().VerifyAsync(Ct);
    }

    private static Dictionary<string, string> With(Dictionary<string, string> settings, params (string Key, string Value)[] more)
    {
        var all = new Dictionary<string, string>(settings);
        foreach (var (key, value) in more) all[key] = value;
        return all;
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    /// <summary>Empties the audit trail of a test database, its append-only triggers set aside for the moment.</summary>
    private static Task<int> ForgetEveryEntryAsync(IServiceProvider services) => TestAccounts.WithDbAsync(services, async db =>
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AuditEntries\" DISABLE TRIGGER USER; DELETE FROM \"AuditEntries\"; ALTER TABLE \"AuditEntries\" ENABLE TRIGGER USER;", Ct);
            return 0;
        }
        var triggers = await db.Database.SqlQueryRaw<string>("SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'AuditEntries'").ToListAsync(Ct);
        var names = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'AuditEntries'").ToListAsync(Ct);
        Assert.Equal(["AuditEntries_NoDelete", "AuditEntries_NoUpdate"], names.Order());
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER AuditEntries_NoDelete; DROP TRIGGER AuditEntries_NoUpdate;", Ct);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries", Ct);
        foreach (var sql in triggers) await db.Database.ExecuteSqlRawAsync(sql, Ct);
        return 0;
    });
}
