using Hearth.Web.Data;
using Hearth.Web.Platform;
using Hearth.Web.Platform.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Audit;

/// <summary>The audit trail of changes made by the auditor's organisation: filter, page, export as CSV, check the chain.</summary>
[Authorize(Roles = Roles.Auditor)]
public sealed class IndexModel(HearthDb db, AuditChain chain, OrganisationScope scope) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public AuditQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    public List<AuditEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public List<SelectListItem> Entities { get; private set; } = [];
    public AuditChain.Result? Verification { get; private set; }

    public static readonly List<SelectListItem> Actions =
        [new("Any", ""), new("Created", nameof(AuditAction.Insert)), new("Changed", nameof(AuditAction.Update)), new("Deleted", nameof(AuditAction.Delete)),
         new("Viewed", nameof(AuditAction.Read)), new("Downloaded", nameof(AuditAction.Export))];

    /// <summary>How an entry's action reads in the trail.</summary>
    public static string ActionName(AuditAction action) => action switch
    {
        AuditAction.Insert => "Created",
        AuditAction.Update => "Changed",
        AuditAction.Delete => "Deleted",
        AuditAction.Read => "Viewed",
        _ => "Downloaded",
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Query.From is { } from && Query.To is { } to && to < from)
            ModelState.AddModelError("Query.To", "The ‘to’ date must be the same as or after the ‘from’ date");
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        // The trail names staff and holds the personal data that changed: its download is itself recorded (ADR 0026).
        var filters = Query.RouteValues().Where(kv => !string.IsNullOrEmpty(kv.Value)).Select(kv => $"{kv.Key[6..]}={kv.Value}").ToList();
        await db.RecordAccessAsync(SensitiveAccess.Export("AuditTrail", "", scope.OrganisationId,
            ("Download", "Audit trail (CSV)"), ("Filters", filters.Count == 0 ? "none" : string.Join(", ", filters))), ct);
        // Every sealed column, so that someone holding the key can check the export on its own (ADR 0026).
        var rows = Query.Apply(db.AuditEntries.AsNoTracking()).OrderBy(a => a.Id).AsAsyncEnumerable()
            .Select(IReadOnlyList<object?> (a) => [a.Id, a.At, a.ActorName, a.Entity, a.EntityId, a.Action.ToString(), a.Changes, a.PreviousHash, a.Hash,
                a.KeyId, a.ActorUserId, a.ActorOrganisationId, a.OwnerOrganisationId, a.At.UtcTicks]);
        var csv = await CsvExport.TableAsync(
            ["Id", "At (UTC)", "Actor", "Entity", "Entity id", "Action", "Changes", "Previous hash", "Hash",
             "Key id", "Actor user id", "Actor organisation id", "Owner organisation id", "At (UTC ticks)"], rows, ct);
        return CsvExport.File(csv, "audit-trail.csv");
    }

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        Verification = await chain.VerifyAsync(ct);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Entities = [new("Any", ""), .. (await db.AuditEntries.Select(a => a.Entity).Distinct().OrderBy(e => e).ToListAsync(ct)).Select(e => new SelectListItem(e, e))];
        if (!ModelState.IsValid) return;
        var filtered = Query.Apply(db.AuditEntries.AsNoTracking());
        Total = await filtered.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Entries = await filtered.OrderByDescending(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
    }

    public string PageLink(int page)
    {
        var values = Query.RouteValues().Where(kv => !string.IsNullOrEmpty(kv.Value)).Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value!)}").ToList();
        values.Add($"pageNumber={page}");
        return "/audit?" + string.Join('&', values);
    }

    public string ExportLink() => "/audit?handler=Export&" + string.Join('&',
        Query.RouteValues().Where(kv => !string.IsNullOrEmpty(kv.Value)).Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value!)}"));
}
