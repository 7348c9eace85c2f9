using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Referrals;

/// <summary>The referral writes the pages and the API share: each loads, calls one domain method, and saves.</summary>
public static class ReferralRecords
{
    /// <summary>
    /// The children for a new referral, by id, through the authority's query filter: another authority's child is not
    /// found, exactly like an id that does not exist, and the message repeats only the id that was sent (issue 12: it used
    /// to load every authority's children and name the other authority's child by its case reference).
    /// </summary>
    public static async Task<List<Child>> ChildrenByIdAsync(HearthDb db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var children = await db.Children.Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var missing = ids.FirstOrDefault(id => children.All(c => c.Id != id));
        if (missing != 0 || ids.Contains(0))
            throw new DomainException(nameof(Referral.Children), NotYourChild(missing));
        return [.. ids.Select(id => children.Single(c => c.Id == id))];
    }

    /// <summary>The one answer for a child id the authority does not hold, whether another authority's or nobody's.</summary>
    public static string NotYourChild(int id) =>
        $"Child {id.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not one of your authority's children: a referral can only be for your own children";

    /// <summary>The children for a new referral, by the case references typed on the page (within the authority).</summary>
    public static async Task<List<Child>> ChildrenByReferenceAsync(HearthDb db, IEnumerable<string> references, CancellationToken ct)
    {
        var list = references.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var children = await db.Children.Where(c => list.Contains(c.CaseReference)).ToListAsync(ct);
        var unknown = list.FirstOrDefault(r => children.All(c => !string.Equals(c.CaseReference, r, StringComparison.OrdinalIgnoreCase)));
        if (unknown is not null)
            throw new DomainException(nameof(Referral.Children), $"There is no child with case reference {unknown} in your authority");
        return children;
    }

    public static async Task<Referral> StartAsync(HearthDb db, OrganisationScope scope, IReadOnlyCollection<Child> children, DateOnly today, CancellationToken ct)
    {
        var referral = Referral.Start(scope.FilterOrganisationId, children, scope.UserId ?? 0, scope.ActorName, today);
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(ct);
        return referral;
    }

    public static async Task SaveAsync(HearthDb db, Referral referral, int shownVersion, CancellationToken ct)
    {
        db.Entry(referral).Property(r => r.Version).OriginalValue = shownVersion;
        await db.SaveChangesAsync(ct);
    }

    public static Task<Referral?> FindAsync(HearthDb db, int id, CancellationToken ct) =>
        db.Referrals.Include(r => r.Children).SingleOrDefaultAsync(r => r.Id == id, ct);
}
