using Hearth.Domain.Common;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Tenders;

/// <summary>
/// The authority's side of a tender, shared by the pages and the API: load a tender in scope with what a step needs,
/// apply one domain change and save it against the version the user saw.
/// </summary>
public sealed class TenderWorkflow(HearthDb db, OrganisationScope scope, TimeProvider clock)
{
    public HearthDb Db => db;

    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => London.Today(clock);

    public static IReadOnlySet<DateOnly> BankHolidays => EnglandAndWalesBankHolidays.All;

    /// <summary>A tender the user's authority is party to (the query filter), with its lots, parties and panel; null when out of scope.</summary>
    public Task<Tender?> FindAsync(int id, CancellationToken ct) =>
        db.Tenders.Include(t => t.Lots).Include(t => t.Parties).Include(t => t.Evaluators)
            .AsSplitQuery().SingleOrDefaultAsync(t => t.Id == id, ct);

    /// <summary>Only the lead authority's commissioners change a tender; participating authorities read it.</summary>
    public bool CanManage(Tender tender) =>
        scope.IsAuthority && scope.IsInRole(Roles.Commissioner) && tender.LeadAuthorityId == scope.FilterOrganisationId;

    public int? UserId => scope.UserId;

    public async Task SaveAsync(Tender tender, int shownVersion, CancellationToken ct)
    {
        db.Entry(tender).Property(t => t.Version).OriginalValue = shownVersion;
        await db.SaveChangesAsync(ct);
    }

    public async Task<Tender> CreateAsync(TenderInput input, CancellationToken ct)
    {
        if (!scope.IsAuthority) throw new InvalidOperationException("Only an authority creates tenders");
        var (value, timeline, bands, indexation) = input.Parse();
        var others = await ValidAuthorityIdsAsync(input.OtherAuthorityIds, ct);
        await CheckDecisionAsync(input.KeyDecisionId, ct);
        var tender = Remap(() => Tender.Draft(input.Reference!, input.Title!, input.Regime!.Value, scope.FilterOrganisationId, others,
            input.KeyDecisionId, value, input.TermStart!.Value, input.TermEnd!.Value, input.TermJustification, timeline, bands, indexation,
            input.AbnormallyLowPercent));
        if (await db.Tenders.IgnoreQueryFilters().AnyAsync(t => t.Reference == tender.Reference, ct))
            throw new DomainException(nameof(TenderInput.Reference), $"A tender with the reference {tender.Reference} already exists: enter a different reference");
        db.Tenders.Add(tender);
        await db.SaveChangesAsync(ct);
        return tender;
    }

    public async Task UpdateAsync(Tender tender, TenderInput input, CancellationToken ct)
    {
        var (value, timeline, bands, indexation) = input.Parse();
        var others = await ValidAuthorityIdsAsync(input.OtherAuthorityIds, ct);
        await CheckDecisionAsync(input.KeyDecisionId, ct);
        var reference = (input.Reference ?? "").Trim();
        if (reference != tender.Reference && await db.Tenders.IgnoreQueryFilters().AnyAsync(t => t.Reference == reference && t.Id != tender.Id, ct))
            throw new DomainException(nameof(TenderInput.Reference), $"A tender with the reference {reference} already exists: enter a different reference");
        Remap(() =>
        {
            tender.Describe(input.Reference!, input.Title!, input.Regime!.Value, others, input.KeyDecisionId, value, input.TermStart!.Value,
                input.TermEnd!.Value, input.TermJustification, timeline, bands, indexation, input.AbnormallyLowPercent);
            return tender;
        });
        await SaveAsync(tender, input.Version, ct);
    }

    /// <summary>The domain names the framework's start "StartDate"; on the form it is the start of the term.</summary>
    private static T Remap<T>(Func<T> action)
    {
        try { return action(); }
        catch (DomainException e) when (e.Field == "StartDate") { throw new DomainException(nameof(TenderInput.TermStart), e.Message); }
    }

    private async Task<List<int>> ValidAuthorityIdsAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().Where(id => id != scope.FilterOrganisationId).ToList();
        var found = await db.Authorities.IgnoreQueryFilters().Where(a => wanted.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
        if (found.Count != wanted.Count) throw new DomainException(nameof(TenderInput.OtherAuthorityIds), "Select authorities from the list");
        return found;
    }

    private async Task CheckDecisionAsync(int? decisionId, CancellationToken ct)
    {
        if (decisionId is { } id && !await db.KeyDecisions.AnyAsync(d => d.Id == id, ct))
            throw new DomainException(nameof(TenderInput.KeyDecisionId), "Select a decision from your authority's register");
    }
}
