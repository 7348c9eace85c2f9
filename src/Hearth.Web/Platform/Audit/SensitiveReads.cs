using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Platform.Audit;

/// <summary>
/// The reads Hearth records in the audit trail (ADR 0026), written the same way wherever they happen: a bid's content
/// (by its bidder before or after the deadline, by the tender's parties once opened), a child's identity shown to a
/// provider, and downloads of personal data. Each is owned by the organisation whose record it is, so its auditors see
/// who read it.
/// </summary>
public static class SensitiveReads
{
    public static SensitiveAccess Bid(Tender tender, Bid bid, string what, DateTimeOffset now) =>
        SensitiveAccess.Read(nameof(Bid), bid.Id, bid.ProviderId, ("Read", what), ("Tender", $"{tender.Reference}, lot {bid.LotNumber}"),
            ("When", now < tender.Timeline.SubmissionDeadline ? "Before the submission deadline" : "After the submission deadline"));

    /// <summary>Children's identities shown to a provider's user or token: one entry per child. Nothing for anyone else.</summary>
    public static IEnumerable<SensitiveAccess> ChildrenShownToProvider(OrganisationScope scope, IEnumerable<(int ChildId, int AuthorityId)> children, string what, string where) =>
        scope.IsProvider
            ? children.Distinct().Select(c => SensitiveAccess.Read("Child", c.ChildId, c.AuthorityId, ("Read", what), ("Where", where)))
            : [];

    /// <summary>The children of these placements, shown to a provider (looked up only when the reader is a provider).</summary>
    public static async Task RecordPlacementChildrenAsync(HearthDb db, IReadOnlyCollection<int> placementIds, string what, string where, CancellationToken ct)
    {
        if (!db.Scope.IsProvider || placementIds.Count == 0) return;
        var children = await db.VisiblePlacements.AsNoTracking().Where(p => placementIds.Contains(p.Id))
            .Select(p => new { p.ChildId, p.AuthorityId }).ToListAsync(ct);
        await db.RecordAccessAsync(ChildrenShownToProvider(db.Scope, children.Select(c => (c.ChildId, c.AuthorityId)), what, where), ct);
    }

    /// <summary>A download that names children (or staff): one entry per child where there are children, else one for the download.</summary>
    public static IEnumerable<SensitiveAccess> Export(string download, int? owner, IEnumerable<(int ChildId, int AuthorityId)> children)
    {
        var list = children.Distinct().ToList();
        return list.Count == 0
            ? [SensitiveAccess.Export("Download", "", owner, ("Download", download))]
            : list.Select(c => SensitiveAccess.Export("Child", c.ChildId, c.AuthorityId, ("Download", download)));
    }
}
