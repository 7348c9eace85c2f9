using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Households;

/// <summary>
/// The vacancy register: each organisation keeps its own carer households current (the query filter shows an authority
/// only its in-house households and a provider only its own). Pages and API call these same methods.
/// </summary>
public static class HouseholdRegister
{
    /// <summary>The in-house team (brokers, administrators) and provider staff.</summary>
    public const string Keepers = Roles.Broker + "," + Roles.Administrator + "," + Roles.ProviderUser;

    public sealed record Row(int Id, string Reference, string PostcodeDistrict, HouseholdApprovals Approvals, int AgeFrom, int AgeTo,
        int ApprovedPlaces, int VacantPlaces, HouseholdSkills Skills, DateOnly? ConfirmedOn, int Version);

    public static IQueryable<CarerHousehold> Query(HearthDb db, bool staleOnly, bool vacantOnly, DateOnly today)
    {
        var query = db.CarerHouseholds.AsNoTracking().Where(h => h.OwnerOrganisationId == db.Scope.FilterOrganisationId);
        var freshSince = CarerHousehold.FreshSince(today);
        if (staleOnly) query = query.Where(h => h.ConfirmedOn == null || h.ConfirmedOn < freshSince);
        if (vacantOnly) query = query.Where(h => h.VacantPlaces > 0);
        return query;
    }

    public static IQueryable<Row> Rows(IQueryable<CarerHousehold> query) => query.Select(h => new Row(h.Id, h.Reference, h.PostcodeDistrict,
        h.Approvals, h.AgeFrom, h.AgeTo, h.ApprovedPlaces, h.VacantPlaces, h.Skills, h.ConfirmedOn, h.Version));

    /// <summary>One of the organisation's own households, tracked for change; null when it is not theirs.</summary>
    public static Task<CarerHousehold?> FindAsync(HearthDb db, int id, CancellationToken ct) =>
        db.CarerHouseholds.SingleOrDefaultAsync(h => h.Id == id && h.OwnerOrganisationId == db.Scope.FilterOrganisationId, ct);

    /// <summary>
    /// Adds a household to the signed-in organisation's register (the owner is always that organisation, never one named in
    /// the input). A reference the organisation already uses is refused on Reference; the unique index on owner and
    /// reference catches two people adding the same reference at the same moment.
    /// </summary>
    public static async Task<CarerHousehold> AddAsync(HearthDb db, string? reference, HouseholdProfile profile, DateOnly today, CancellationToken ct)
    {
        var owner = db.Scope.OrganisationId
            ?? throw new DomainException(nameof(CarerHousehold.OwnerOrganisationId), "Only an authority's or a provider's staff can add households");
        var household = CarerHousehold.Register(owner, reference, profile, today);
        if (await db.CarerHouseholds.AnyAsync(h => h.OwnerOrganisationId == owner && h.Reference == household.Reference, ct))
            throw DuplicateReference(household.Reference);
        db.CarerHouseholds.Add(household);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            db.Entry(household).State = EntityState.Detached;
            if (await db.CarerHouseholds.AnyAsync(h => h.OwnerOrganisationId == owner && h.Reference == household.Reference, ct))
                throw DuplicateReference(household.Reference);
            throw;
        }
        return household;
    }

    private static DomainException DuplicateReference(string reference) =>
        new(nameof(CarerHousehold.Reference), $"You already have a household with the reference {reference}: enter a different reference");

    /// <summary>
    /// Saves the household's register entry, which also confirms its vacancies today. <paramref name="version"/> is the
    /// version the user saw: if someone changed the household since, EF refuses (DbUpdateConcurrencyException) and nothing is overwritten.
    /// </summary>
    public static async Task<CarerHousehold?> UpdateAsync(HearthDb db, int id, HouseholdProfile profile, int version, DateOnly today, CancellationToken ct)
    {
        if (await FindAsync(db, id, ct) is not { } household) return null;
        db.Entry(household).Property(h => h.Version).OriginalValue = version;
        household.UpdateProfile(profile, today);
        await db.SaveChangesAsync(ct);
        return household;
    }

    /// <summary>
    /// Confirms that the listed households' vacancies are current and returns how many; null (and nothing confirmed) when
    /// any id is not one of the organisation's households.
    /// </summary>
    public static async Task<int?> ConfirmAsync(HearthDb db, IReadOnlyCollection<int> ids, DateOnly today, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        if (distinct.Count == 0) return 0;
        var list = await db.CarerHouseholds.Where(h => distinct.Contains(h.Id) && h.OwnerOrganisationId == db.Scope.FilterOrganisationId).ToListAsync(ct);
        if (list.Count != distinct.Count) return null;
        foreach (var household in list) household.ConfirmVacancies(today);
        await db.SaveChangesAsync(ct);
        return list.Count;
    }

    public static string Ages(int from, int to) => from == to ? $"{from}" : $"{from} to {to}";
}
