using System.Globalization;
using System.Text.Json;
using Hearth.Domain.Common;
using Hearth.Web.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hearth.Web.Platform.Audit;

/// <summary>Turns the change tracker's pending changes into audit entries (sealed into the chain by <see cref="HearthDb"/>).</summary>
public static class AuditRecorder
{
    /// <summary>Fields whose values are secrets: the audit records that they changed, never their values.</summary>
    private static readonly HashSet<string> Redacted = new(StringComparer.Ordinal)
    {
        nameof(HearthUser.PasswordHash), nameof(HearthUser.SecurityStamp), nameof(HearthUser.ConcurrencyStamp),
        nameof(ApiToken.TokenHash),
    };

    /// <summary>
    /// Sealed bid content (issue 3): the audit trail records that a bid's prices or answers changed, never the values,
    /// so nobody can read a bid through the audit view. The submission's receipt hash is recorded and proves the content.
    /// </summary>
    private static readonly HashSet<(Type, string)> Sealed =
    [
        (typeof(Hearth.Domain.Procurement.Tendering.Bid), nameof(Hearth.Domain.Procurement.Tendering.Bid.Prices)),
        (typeof(Hearth.Domain.Procurement.Tendering.Bid), nameof(Hearth.Domain.Procurement.Tendering.Bid.Answers)),
        (typeof(Hearth.Domain.Procurement.Tendering.BidSubmission), nameof(Hearth.Domain.Procurement.Tendering.BidSubmission.Content)),
        (typeof(Hearth.Domain.Procurement.Tendering.BidSubmission), nameof(Hearth.Domain.Procurement.Tendering.BidSubmission.Prices)),
        (typeof(Hearth.Domain.Procurement.Tendering.BidSubmission), nameof(Hearth.Domain.Procurement.Tendering.BidSubmission.Answers)),
        (typeof(Hearth.Domain.Procurement.Tendering.BidSubmission), nameof(Hearth.Domain.Procurement.Tendering.BidSubmission.Files)),
        (typeof(Hearth.Domain.Procurement.Tendering.BidAttachment), nameof(Hearth.Domain.Procurement.Tendering.BidAttachment.FileName)),
        (typeof(Hearth.Domain.Procurement.Tendering.BidAttachment), nameof(Hearth.Domain.Procurement.Tendering.BidAttachment.Description)),
        (typeof(Hearth.Domain.Procurement.Tendering.BidAttachment), nameof(Hearth.Domain.Procurement.Tendering.BidAttachment.Sha256)),
        (typeof(Hearth.Domain.Procurement.Tendering.BidAttachmentContent), nameof(Hearth.Domain.Procurement.Tendering.BidAttachmentContent.Bytes)),
    ];

    public sealed class Pending(EntityEntry entry, AuditAction action, Dictionary<string, object?[]> changes, string? keyBeforeSave)
    {
        public EntityEntry Entry { get; } = entry;
        public AuditAction Action { get; } = action;
        public Dictionary<string, object?[]> Changes { get; } = changes;
        public string? KeyBeforeSave { get; } = keyBeforeSave;
    }

    public static List<Pending> Capture(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var pending = new List<Pending>();
        foreach (var entry in tracker.Entries())
        {
            // Bookkeeping, not changes anyone made: the audit trail, the key ring, sessions and sign-in delays (ADR 0026).
            if (entry.Entity is AuditEntry or DataProtectionKey or SignInSession or SignInThrottle) continue;
            switch (entry.State)
            {
                case EntityState.Added:
                    pending.Add(new Pending(entry, AuditAction.Insert, [], null));
                    break;
                case EntityState.Modified:
                    var changes = new Dictionary<string, object?[]>(StringComparer.Ordinal);
                    foreach (var p in entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
                        changes[p.Metadata.Name] = [Value(entry, p.Metadata.Name, p.OriginalValue), Value(entry, p.Metadata.Name, p.CurrentValue)];
                    if (changes.Count > 0) pending.Add(new Pending(entry, AuditAction.Update, changes, KeyOf(entry)));
                    break;
                case EntityState.Deleted:
                    var removed = entry.Properties.ToDictionary(p => p.Metadata.Name, p => new[] { Value(entry, p.Metadata.Name, p.OriginalValue), null }, StringComparer.Ordinal);
                    pending.Add(new Pending(entry, AuditAction.Delete, removed, KeyOf(entry)));
                    break;
            }
        }
        return pending;
    }

    /// <summary>
    /// Builds the entries after the save (inserted rows have their ids by then). They are sealed into the chain by
    /// <see cref="HearthDb"/> when written (<see cref="AuditSeal.Apply"/>).
    /// </summary>
    public static List<AuditEntry> Complete(List<Pending> pending, OrganisationScope scope, DateTimeOffset now)
    {
        var entries = new List<AuditEntry>(pending.Count);
        var at = Truncate(now);
        var tracked = pending.Count == 0 ? [] : TrackedByKey(pending[0].Entry.Context.ChangeTracker);
        foreach (var p in pending)
        {
            var changes = p.Changes;
            if (p.Action == AuditAction.Insert)
                changes = p.Entry.Properties.ToDictionary(x => x.Metadata.Name, x => new[] { null, Value(p.Entry, x.Metadata.Name, x.CurrentValue) }, StringComparer.Ordinal);
            entries.Add(new AuditEntry
            {
                At = at,
                ActorUserId = scope.IsSystem ? null : scope.UserId,
                ActorName = scope.ActorName,
                ActorOrganisationId = scope.IsSystem ? null : scope.OrganisationId,
                OwnerOrganisationId = OwnerOf(p.Entry, 0, tracked),
                Entity = p.Entry.Metadata.ClrType.Name,
                EntityId = p.KeyBeforeSave ?? KeyOf(p.Entry),
                Action = p.Action,
                Changes = JsonSerializer.Serialize(changes),
            });
        }
        return entries;
    }

    /// <summary>An entry recording that someone read or exported sensitive records (ADR 0026), from <see cref="SensitiveAccess"/>.</summary>
    public static AuditEntry Access(SensitiveAccess access, OrganisationScope scope, DateTimeOffset now) => new()
    {
        At = Truncate(now),
        ActorUserId = scope.IsSystem ? null : scope.UserId,
        ActorName = scope.ActorName,
        ActorOrganisationId = scope.IsSystem ? null : scope.OrganisationId,
        OwnerOrganisationId = access.OwnerOrganisationId,
        Entity = access.Entity,
        EntityId = access.EntityId,
        Action = access.Action,
        Changes = JsonSerializer.Serialize(access.Details.ToDictionary(d => d.Key, d => new[] { null, d.Value }, StringComparer.Ordinal)),
    };

    /// <summary>Instants are recorded to the millisecond, which both databases store exactly (the seal covers them).</summary>
    private static DateTimeOffset Truncate(DateTimeOffset now) =>
        new(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    private static readonly string[] OwnerProperties = ["AuthorityId", "OwnerOrganisationId", "OrganisationId", "LeadAuthorityId"];

    /// <summary>
    /// The organisation a record belongs to: its own organisation id property, or for a dependent row (a fee period, a
    /// framework member, a user's role) the owner of the tracked record it hangs from.
    /// </summary>
    private static Dictionary<(IReadOnlyEntityType, string), EntityEntry> TrackedByKey(ChangeTracker tracker)
    {
        var index = new Dictionary<(IReadOnlyEntityType, string), EntityEntry>();
        foreach (var e in tracker.Entries()) index.TryAdd((e.Metadata, KeyOf(e)), e);
        return index;
    }

    private static int? OwnerOf(EntityEntry entry, int depth, Dictionary<(IReadOnlyEntityType, string), EntityEntry> tracked)
    {
        if (entry.Entity is Hearth.Domain.Organisations.Organisation organisation) return organisation.Id;
        // A bid belongs to the bidder, not to the tender's lead authority: its history is the provider's until opening.
        if (entry.Entity is Hearth.Domain.Procurement.Tendering.Bid bid) return bid.ProviderId;
        foreach (var name in OwnerProperties)
        {
            var property = entry.Entity.GetType().GetProperty(name);
            if (property?.GetValue(entry.Entity) is int id) return id;
        }
        if (depth > 2) return null;
        foreach (var foreignKey in entry.Metadata.GetForeignKeys())
        {
            var keyValues = foreignKey.Properties.Select(p => entry.Property(p.Name).CurrentValue ?? entry.Property(p.Name).OriginalValue).ToArray();
            if (keyValues.Any(v => v is null)) continue;
            if (!foreignKey.PrincipalKey.IsPrimaryKey()) continue;
            var key = string.Join('/', keyValues.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
            if (tracked.TryGetValue((foreignKey.PrincipalEntityType, key), out var principal)
                && OwnerOf(principal, depth + 1, tracked) is { } owner) return owner;
        }
        return null;
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return "";
        return string.Join('/', key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue ?? entry.Property(p.Name).OriginalValue, CultureInfo.InvariantCulture)));
    }

    private static object? Value(EntityEntry entry, string name, object? value)
    {
        if (value is null) return null;
        if (Redacted.Contains(name)) return "(redacted)";
        if (Sealed.Contains((entry.Metadata.ClrType, name))) return "(sealed)";
        if (value is System.Collections.IEnumerable and not string) return JsonSerializer.Serialize(value);
        return value switch
        {
            Money m => m.Pence,
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTimeOffset t => t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            Enum e => e.ToString(),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }
}
