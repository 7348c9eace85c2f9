using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Children;

/// <summary>The writes the children pages and API share: one place that checks a case reference is not taken.</summary>
public static class ChildRecords
{
    public static async Task<Child> RegisterAsync(HearthDb db, int authorityId, ChildDetails details, DateOnly today, CancellationToken ct)
    {
        var child = Child.Register(authorityId, details, today);
        await EnsureReferenceFreeAsync(db, authorityId, child.CaseReference, null, ct);
        db.Children.Add(child);
        await db.SaveChangesAsync(ct);
        return child;
    }

    public static async Task UpdateAsync(HearthDb db, Child child, ChildDetails details, int shownVersion, DateOnly today, CancellationToken ct)
    {
        child.Update(details, today);
        await EnsureReferenceFreeAsync(db, child.AuthorityId, child.CaseReference, child.Id, ct);
        db.Entry(child).Property(c => c.Version).OriginalValue = shownVersion;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Links two children as siblings; the second is found by case reference within the authority.</summary>
    public static async Task<Child> LinkSiblingAsync(HearthDb db, Child child, string? siblingCaseReference, CancellationToken ct)
    {
        var reference = (siblingCaseReference ?? "").Trim();
        if (reference.Length == 0) throw new DomainException("SiblingCaseReference", "Enter the sibling's case reference");
        var sibling = await db.Children.SingleOrDefaultAsync(c => c.CaseReference == reference, ct)
            ?? throw new DomainException("SiblingCaseReference", $"There is no child with case reference {reference} in your authority");
        var link = SiblingLink.Between(child, sibling);
        if (await db.SiblingLinks.AnyAsync(l => l.ChildId == link.ChildId && l.SiblingId == link.SiblingId, ct))
            throw new DomainException("SiblingCaseReference", $"{sibling.FullName} is already linked as a sibling");
        db.SiblingLinks.Add(link);
        await db.SaveChangesAsync(ct);
        return sibling;
    }

    /// <summary>The ids of a child's linked siblings.</summary>
    public static IQueryable<int> SiblingIds(HearthDb db, int childId) =>
        db.SiblingLinks.Where(l => l.ChildId == childId).Select(l => l.SiblingId)
            .Concat(db.SiblingLinks.Where(l => l.SiblingId == childId).Select(l => l.ChildId));

    private static async Task EnsureReferenceFreeAsync(HearthDb db, int authorityId, string reference, int? exceptId, CancellationToken ct)
    {
        if (await db.Children.AnyAsync(c => c.AuthorityId == authorityId && c.CaseReference == reference && c.Id != exceptId, ct))
            throw new DomainException(nameof(Child.CaseReference), $"Another child already has case reference {reference}");
    }
}
