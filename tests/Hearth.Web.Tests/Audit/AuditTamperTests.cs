using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Audit;

/// <summary>
/// Issue 12, finding 5 (ADR 0026): someone with write access to the database — who can drop the triggers, change rows and
/// recompute hashes — still cannot rewrite the audit trail unnoticed. Each test arranges a trail of its own, tampers with
/// it in SQL, and asks the auditor's "Check the chain" for the verdict.
/// </summary>
public sealed class AuditTamperTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Chain_AnEntryEditedAndTheChainRecomputedWithoutTheKey_IsFoundAndNamed()
    {
        await using var blank = await BlankApp.StartAsync();
        using var auditor = await ArrangeAsync(blank);
        Assert.Contains("The audit trail is intact", await CheckAsync(auditor));

        var ids = await IdsAsync(blank);
        var edited = ids[1];
        await InDbAsync(blank, async db =>
        {
            await DropTriggersAsync(db);
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Changes\" = {0} WHERE \"Id\" = {1}", ["{\"Name\":[null,\"Forged Council\"]}", edited], Ct);
            await RecomputeUnkeyedAsync(db, from: edited);
        });

        var verdict = await CheckAsync(auditor);
        Assert.DoesNotContain("intact", verdict);
        Assert.Contains($"Entry {edited} ", verdict);
    }

    [Fact]
    public async Task Chain_TheLatestEntriesDeleted_IsFoundFromTheCheckpointOutsideTheDatabase()
    {
        await using var blank = await BlankApp.StartAsync();
        using var auditor = await ArrangeAsync(blank);
        Assert.Contains("The audit trail is intact", await CheckAsync(auditor));

        var ids = await IdsAsync(blank);
        var keep = ids[^3];
        await InDbAsync(blank, async db =>
        {
            await DropTriggersAsync(db);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Id\" > {0}", [keep], Ct);
        });

        var verdict = await CheckAsync(auditor);
        Assert.DoesNotContain("intact", verdict);
        Assert.Contains($"The audit trail ends at entry {keep}", verdict);
        Assert.Contains($"the entries after {keep} have been removed", verdict);
    }

    [Fact]
    public async Task Chain_AnEntryMovedToAnotherOrganisation_IsFound()
    {
        await using var blank = await BlankApp.StartAsync();
        using var auditor = await ArrangeAsync(blank);
        var other = await TestAccounts.NewAuthorityAsync(blank.Factory.Services);
        var moved = await InDbAsync(blank, db => db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.OwnerOrganisationId != null && a.OwnerOrganisationId != other).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(Ct));
        Assert.Contains("The audit trail is intact", await CheckAsync(auditor));

        await InDbAsync(blank, async db =>
        {
            await DropTriggersAsync(db);
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"OwnerOrganisationId\" = {0} WHERE \"Id\" = {1}", [other, moved], Ct);
        });

        var verdict = await CheckAsync(auditor);
        Assert.Contains($"Entry {moved} has been altered", verdict);
    }

    [Fact]
    public async Task Chain_AnEntryInsertedWithAnInventedKeyId_IsNamed()
    {
        await using var blank = await BlankApp.StartAsync();
        using var auditor = await ArrangeAsync(blank);
        var head = await InDbAsync(blank, db => db.AuditEntries.IgnoreQueryFilters().OrderByDescending(a => a.Id).FirstAsync(Ct));
        await InDbAsync(blank, async db =>
        {
            db.AuditEntries.Add(new AuditEntry
            {
                Id = head.Id + 1, At = head.At, ActorName = "Intruder", Entity = "Authority", EntityId = "1", Action = AuditAction.Update,
                Changes = "{}", PreviousHash = head.Hash, Hash = new string('a', 64), KeyId = "k-invented",
            });
            return await db.SaveChangesAsync(Ct);
        });

        var verdict = await CheckAsync(auditor);
        Assert.Contains($"Entry {head.Id + 1} is sealed with key 'k-invented', which is not configured", verdict);
    }

    /// <summary>An authority, its auditor (signed in) and a few changes, so the trail has entries to tamper with.</summary>
    private static async Task<UserSession> ArrangeAsync(BlankApp blank)
    {
        var authority = await TestAccounts.NewAuthorityAsync(blank.Factory.Services);
        var (_, email) = await TestAccounts.NewUserAsync(blank.Factory.Services, authority, Roles.Auditor);
        for (var i = 0; i < 3; i++)
            await InDbAsync(blank, async db =>
            {
                (await db.Authorities.SingleAsync(a => a.Id == authority, Ct)).Rename($"Renamed Council {i}", "Renamed");
                return await db.SaveChangesAsync(Ct);
            });
        var auditor = blank.Factory.Session();
        await auditor.SignInAsync(email);
        return auditor;
    }

    /// <summary>"Check the chain" on the audit page, as the auditor; the banner's words.</summary>
    private static async Task<string> CheckAsync(UserSession auditor)
    {
        var response = await auditor.PostFormAsync("/audit?handler=Verify", []);
        var page = await UserSession.ParseAsync(response);
        return page.QuerySelector(".govuk-notification-banner")?.TextContent.Trim() ?? $"(no verdict; status {(int)response.StatusCode})";
    }

    private static Task<List<long>> IdsAsync(BlankApp blank) =>
        InDbAsync(blank, db => db.AuditEntries.IgnoreQueryFilters().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(Ct));

    private static Task<T> InDbAsync<T>(BlankApp blank, Func<HearthDb, Task<T>> action) => TestAccounts.WithDbAsync(blank.Factory.Services, action);

    private static Task InDbAsync(BlankApp blank, Func<HearthDb, Task> action) =>
        TestAccounts.WithDbAsync(blank.Factory.Services, async db =>
        {
            await action(db);
            return 0;
        });

    /// <summary>What someone with the database's owner rights can do: remove the append-only triggers.</summary>
    private static async Task DropTriggersAsync(HearthDb db)
    {
        if (db.Database.ProviderName!.Contains("Sqlite", StringComparison.Ordinal))
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS AuditEntries_NoUpdate", Ct);
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS AuditEntries_NoDelete", Ct);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS audit_entries_no_update ON \"AuditEntries\"", Ct);
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER IF EXISTS audit_entries_no_truncate ON \"AuditEntries\"", Ct);
        }
    }

    /// <summary>
    /// The attacker's tool: re-links every entry from <paramref name="from"/> on with the unkeyed SHA-256 that ADR 0003
    /// described (previous hash, time, actor, record, action and changes, joined by the unit separator).
    /// </summary>
    private static async Task RecomputeUnkeyedAsync(HearthDb db, long from)
    {
        var rows = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking().OrderBy(a => a.Id).ToListAsync(Ct);
        var previous = "";
        foreach (var row in rows)
        {
            if (row.Id >= from)
            {
                var text = string.Join('\u001f', previous, row.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
                    row.ActorUserId?.ToString(CultureInfo.InvariantCulture) ?? "", row.ActorName,
                    row.ActorOrganisationId?.ToString(CultureInfo.InvariantCulture) ?? "", row.Entity, row.EntityId,
                    ((int)row.Action).ToString(CultureInfo.InvariantCulture), row.Changes);
                var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
                await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"PreviousHash\" = {0}, \"Hash\" = {1} WHERE \"Id\" = {2}",
                    [previous, hash, row.Id], Ct);
                row.Hash = hash;
            }
            previous = row.Hash;
        }
    }
}
