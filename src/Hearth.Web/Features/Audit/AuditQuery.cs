using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Audit;

/// <summary>The audit trail's filters, shared by the page and its CSV export.</summary>
public sealed class AuditQuery
{
    public string? Entity { get; set; }
    public string? EntityId { get; set; }
    public string? Actor { get; set; }
    public AuditAction? Action { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    public IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> entries)
    {
        if (!string.IsNullOrWhiteSpace(Entity)) entries = entries.Where(a => a.Entity == Entity.Trim());
        if (!string.IsNullOrWhiteSpace(EntityId)) entries = entries.Where(a => a.EntityId == EntityId.Trim());
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var pattern = $"%{Actor.Trim().Replace("%", "").Replace("_", "")}%";
            entries = entries.Where(a => EF.Functions.Like(a.ActorName, pattern));
        }
        if (Action is { } action) entries = entries.Where(a => a.Action == action);
        if (From is { } from) entries = entries.Where(a => a.At >= Start(from));
        if (To is { } to) entries = entries.Where(a => a.At < Start(to.AddDays(1)));
        return entries;
    }

    /// <summary>Midnight in London at the start of a date, as an instant.</summary>
    private static DateTimeOffset Start(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Hearth.Domain.Common.London.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The filters as query-string values, named as the filter form posts them.</summary>
    public Dictionary<string, string?> RouteValues() => new()
    {
        ["Query.Entity"] = Entity, ["Query.EntityId"] = EntityId, ["Query.Actor"] = Actor, ["Query.Action"] = Action?.ToString(),
        ["Query.From"] = From?.ToString("yyyy-MM-dd"), ["Query.To"] = To?.ToString("yyyy-MM-dd"),
    };
}

