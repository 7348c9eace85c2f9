using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Matching;
using Hearth.Domain.Sourcing.Decisions;
using Hearth.Web.Platform;
using Hearth.Web.Platform.Audit;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Data;

/// <summary>
/// The database. One model for both providers; <see cref="SqliteHearthDb"/> and <see cref="PostgresHearthDb"/> carry
/// a migration set each. Scoped data is filtered here, by <see cref="OrganisationScope"/>, and every write is audited.
/// </summary>
public abstract partial class HearthDb(DbContextOptions options, OrganisationScope scope, TimeProvider clock, AuditKeyRing? auditKeys = null)
    : IdentityDbContext<HearthUser, IdentityRole<int>, int>(options), IDataProtectionKeyContext
{
    public OrganisationScope Scope { get; } = scope;
    public TimeProvider Clock { get; } = clock;

    /// <summary>The keys that seal the audit chain (ADR 0026); null only for design-time contexts, which never write.</summary>
    public AuditKeyRing? AuditKeys { get; } = auditKeys;

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Authority> Authorities => Set<Authority>();
    public DbSet<Provider> Providers => Set<Provider>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();
    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();
    public DbSet<KeyDecision> KeyDecisions => Set<KeyDecision>();
    public DbSet<Framework> Frameworks => Set<Framework>();
    public DbSet<Child> Children => Set<Child>();
    public DbSet<CarerHousehold> CarerHouseholds => Set<CarerHousehold>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<UascGrantRate> UascGrantRates => Set<UascGrantRate>();
    public DbSet<Budget> Budgets => Set<Budget>();
    public DbSet<AreaPostcodeDistrict> AreaPostcodeDistricts => Set<AreaPostcodeDistrict>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();
    public DbSet<Tender> Tenders => Set<Tender>();
    public DbSet<Bid> Bids => Set<Bid>();
    public DbSet<BidSubmission> BidSubmissions => Set<BidSubmission>();
    public DbSet<Clarification> Clarifications => Set<Clarification>();
    public DbSet<IndividualScore> IndividualScores => Set<IndividualScore>();
    public DbSet<ModeratedScore> ModeratedScores => Set<ModeratedScore>();
    public DbSet<TenderResult> TenderResults => Set<TenderResult>();
    public DbSet<FrameworkLotMember> FrameworkLotMembers => Set<FrameworkLotMember>();
    public DbSet<ProviderSuspension> ProviderSuspensions => Set<ProviderSuspension>();
    public DbSet<ServiceOperator> ServiceOperators => Set<ServiceOperator>();
    public DbSet<SiblingLink> SiblingLinks => Set<SiblingLink>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<PlacementCostLine> CostLines => Set<PlacementCostLine>();
    public DbSet<CallOffDecision> CallOffDecisions => Set<CallOffDecision>();
    public DbSet<SpotPurchase> SpotPurchases => Set<SpotPurchase>();
    public DbSet<UnsuccessfulNotice> UnsuccessfulNotices => Set<UnsuccessfulNotice>();
    public DbSet<BidAttachment> BidAttachments => Set<BidAttachment>();
    public DbSet<BidAttachmentContent> BidAttachmentContents => Set<BidAttachmentContent>();

    // Read by the query filters; EF Core evaluates these per context instance, so each request sees its own scope.
    protected bool ScopeIsSystem => Scope.IsSystem;
    protected bool ScopeIsAuthority => Scope.IsAuthority;
    protected bool ScopeIsProvider => Scope.IsProvider;
    protected bool ScopeIsOperator => Scope.IsOperator;
    protected int ScopeOrganisationId => Scope.FilterOrganisationId;

    /// <summary>The provider's name in configuration: "Sqlite" or "Postgres".</summary>
    public abstract string ProviderName { get; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HearthDb).Assembly);

        builder.Entity<KeyDecision>().HasQueryFilter(d => ScopeIsSystem || (ScopeIsAuthority && d.AuthorityId == ScopeOrganisationId));
        builder.Entity<Framework>().HasQueryFilter(f => ScopeIsSystem
            || (ScopeIsAuthority && f.Parties.Any(p => p.AuthorityId == ScopeOrganisationId))
            || (ScopeIsProvider && f.Members.Any(m => m.ProviderId == ScopeOrganisationId)));
        // A provider sees the children placed with it (it cares for them); never children only referred or placed elsewhere.
        builder.Entity<Child>().HasQueryFilter(c => ScopeIsSystem || (ScopeIsAuthority && c.AuthorityId == ScopeOrganisationId)
            || (ScopeIsProvider && Set<Placement>().Any(p => p.ChildId == c.Id && p.ProviderId == ScopeOrganisationId)));
        builder.Entity<CarerHousehold>().HasQueryFilter(h => ScopeIsSystem || h.OwnerOrganisationId == ScopeOrganisationId);
        builder.Entity<Placement>().HasQueryFilter(p => ScopeIsSystem
            || (ScopeIsAuthority && p.AuthorityId == ScopeOrganisationId)
            || (ScopeIsProvider && p.ProviderId == ScopeOrganisationId));
        // Tenders: the parties' staff see their tenders from the first draft; providers see them once published.
        builder.Entity<Tender>().HasQueryFilter(t => ScopeIsSystem
            || (ScopeIsAuthority && t.Parties.Any(p => p.AuthorityId == ScopeOrganisationId))
            || (ScopeIsProvider && t.Status != TenderStatus.Draft));
        // Sealed bids (issue 3): a provider sees only its own bids; an authority sees a bid only when it is party to the
        // tender AND the bids have been opened after the deadline. Every path (pages, API, exports) reads through this.
        builder.Entity<Bid>().HasQueryFilter(b => ScopeIsSystem
            || (ScopeIsProvider && b.ProviderId == ScopeOrganisationId)
            || (ScopeIsAuthority && Set<Tender>().Any(t => t.Id == b.TenderId
                && (t.Status == TenderStatus.Opened || t.Status == TenderStatus.Awarded)
                && t.Parties.Any(p => p.AuthorityId == ScopeOrganisationId))));
        builder.Entity<BidSubmission>().HasQueryFilter(s => ScopeIsSystem
            || (ScopeIsProvider && Set<Bid>().Any(b => b.Id == s.BidId && b.ProviderId == ScopeOrganisationId))
            || (ScopeIsAuthority && Set<Bid>().Any(b => b.Id == s.BidId && Set<Tender>().Any(t => t.Id == b.TenderId
                && (t.Status == TenderStatus.Opened || t.Status == TenderStatus.Awarded)
                && t.Parties.Any(p => p.AuthorityId == ScopeOrganisationId)))));
        // Bid files are sealed exactly like the bid: the bidder's own, or the tender's parties after opening.
        builder.Entity<BidAttachment>().HasQueryFilter(a => ScopeIsSystem
            || (ScopeIsProvider && Set<Bid>().Any(b => b.Id == a.BidId && b.ProviderId == ScopeOrganisationId))
            || (ScopeIsAuthority && Set<Bid>().Any(b => b.Id == a.BidId && Set<Tender>().Any(t => t.Id == b.TenderId
                && (t.Status == TenderStatus.Opened || t.Status == TenderStatus.Awarded)
                && t.Parties.Any(p => p.AuthorityId == ScopeOrganisationId)))));
        builder.Entity<BidAttachmentContent>().HasQueryFilter(c => ScopeIsSystem
            || (ScopeIsProvider && Set<BidAttachment>().Any(a => a.Id == c.AttachmentId && Set<Bid>().Any(b => b.Id == a.BidId && b.ProviderId == ScopeOrganisationId)))
            || (ScopeIsAuthority && Set<BidAttachment>().Any(a => a.Id == c.AttachmentId && Set<Bid>().Any(b => b.Id == a.BidId && Set<Tender>().Any(t => t.Id == b.TenderId
                && (t.Status == TenderStatus.Opened || t.Status == TenderStatus.Awarded)
                && t.Parties.Any(p => p.AuthorityId == ScopeOrganisationId))))));
        builder.Entity<IndividualScore>().HasQueryFilter(s => ScopeIsSystem
            || (ScopeIsAuthority && Set<Bid>().Any(b => b.Id == s.BidId && Set<Tender>().Any(t => t.Id == b.TenderId
                && (t.Status == TenderStatus.Opened || t.Status == TenderStatus.Awarded)
                && t.Parties.Any(p => p.AuthorityId == ScopeOrganisationId)))));
        builder.Entity<ModeratedScore>().HasQueryFilter(s => ScopeIsSystem
            || (ScopeIsAuthority && Set<Bid>().Any(b => b.Id == s.BidId && Set<Tender>().Any(t => t.Id == b.TenderId
                && (t.Status == TenderStatus.Opened || t.Status == TenderStatus.Awarded)
                && t.Parties.Any(p => p.AuthorityId == ScopeOrganisationId)))));
        // Results are frozen at award: the tender's parties see them all; a provider only its own.
        builder.Entity<TenderResult>().HasQueryFilter(r => ScopeIsSystem
            || (ScopeIsAuthority && Set<Tender>().Any(t => t.Id == r.TenderId && t.Parties.Any(p => p.AuthorityId == ScopeOrganisationId)))
            || (ScopeIsProvider && r.ProviderId == ScopeOrganisationId));
        builder.Entity<FrameworkLotMember>().HasQueryFilter(m => ScopeIsSystem
            || (ScopeIsAuthority && Set<Framework>().Any(f => f.Id == m.FrameworkId && f.Parties.Any(p => p.AuthorityId == ScopeOrganisationId)))
            || (ScopeIsProvider && m.ProviderId == ScopeOrganisationId));
        // Clarifications: the tender's parties see all; a provider sees its own questions and every published answer.
        builder.Entity<Clarification>().HasQueryFilter(c => ScopeIsSystem
            || (ScopeIsAuthority && Set<Tender>().Any(t => t.Id == c.TenderId && t.Parties.Any(p => p.AuthorityId == ScopeOrganisationId)))
            || (ScopeIsProvider && (c.AskedByProviderId == ScopeOrganisationId || c.PublishedAt != null)));
        // Referrals and sibling links are the authority's own: providers reach referrals only through later call-offs.
        builder.Entity<Referral>().HasQueryFilter(r => ScopeIsSystem || (ScopeIsAuthority && r.AuthorityId == ScopeOrganisationId));
        builder.Entity<SiblingLink>().HasQueryFilter(l => ScopeIsSystem || (ScopeIsAuthority && l.AuthorityId == ScopeOrganisationId));
        builder.Entity<PlacementCostLine>().HasQueryFilter(l => ScopeIsSystem
            || (ScopeIsAuthority && l.AuthorityId == ScopeOrganisationId)
            || (ScopeIsProvider && l.ProviderId == ScopeOrganisationId));
        builder.Entity<ApiToken>().HasQueryFilter(t => ScopeIsSystem || t.OrganisationId == ScopeOrganisationId);
        // Invitations into the organisation; and the first administrators the service operator invited (ADR 0024). An
        // invitation one organisation once made into another (before ADR 0024) is the invited organisation's only.
        builder.Entity<Invitation>().HasQueryFilter(i => ScopeIsSystem
            || i.OrganisationId == ScopeOrganisationId || (ScopeIsOperator && i.InvitedByOrganisationId == ScopeOrganisationId));
        // An authority's suspensions of providers from its call-offs are its own commissioning records (ADR 0024).
        builder.Entity<ProviderSuspension>().HasQueryFilter(s => ScopeIsSystem || (ScopeIsAuthority && s.AuthorityId == ScopeOrganisationId));
        builder.Entity<AuditEntry>().HasQueryFilter(a => ScopeIsSystem
            || a.ActorOrganisationId == ScopeOrganisationId || a.OwnerOrganisationId == ScopeOrganisationId);
        builder.Entity<UascGrantRate>().HasQueryFilter(r => ScopeIsSystem || (ScopeIsAuthority && r.AuthorityId == ScopeOrganisationId));
        builder.Entity<Budget>().HasQueryFilter(b => ScopeIsSystem || (ScopeIsAuthority && b.AuthorityId == ScopeOrganisationId));
        builder.Entity<ImportJob>().HasQueryFilter(j => ScopeIsSystem || (ScopeIsAuthority && j.AuthorityId == ScopeOrganisationId));
        builder.Entity<AuthorityMatchWeights>().HasQueryFilter(w => ScopeIsSystem || (ScopeIsAuthority && w.AuthorityId == ScopeOrganisationId));
        ConfigureCallOffFilters(builder);
        // Call-off decisions: the authority's own; a provider reaches only the decisions that chose it (for its IPA).
        builder.Entity<CallOffDecision>().HasQueryFilter(d => ScopeIsSystem || (ScopeIsAuthority && d.AuthorityId == ScopeOrganisationId)
            || (ScopeIsProvider && d.ChosenProviderId == ScopeOrganisationId));
        builder.Entity<SpotPurchase>().HasQueryFilter(s => ScopeIsSystem || (ScopeIsAuthority && s.AuthorityId == ScopeOrganisationId));
        builder.Entity<UnsuccessfulNotice>().HasQueryFilter(n => ScopeIsSystem || (ScopeIsAuthority && n.AuthorityId == ScopeOrganisationId)
            || (ScopeIsProvider && n.ProviderId == ScopeOrganisationId));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Hearth.Domain.Common.Money>().HaveConversion<MoneyConverter>();
    }

    /// <summary>
    /// The placements this scope may see, with the organisation's id also as a plain condition. The query filter already
    /// scopes them, but it is one OR of parameters (system, authority, provider) that SQLite cannot use an index for; the
    /// plain condition lets both databases use the AuthorityId and ProviderId indexes. The filter still applies.
    /// </summary>
    public IQueryable<Placement> VisiblePlacements =>
        Scope.IsAuthority ? Placements.Where(p => p.AuthorityId == Scope.FilterOrganisationId)
        : Scope.IsProvider ? Placements.Where(p => p.ProviderId == Scope.FilterOrganisationId)
        : Placements;

    /// <summary>The cost lines of <see cref="VisiblePlacements"/>, with the organisation as a plain condition in the same way.</summary>
    public IQueryable<PlacementCostLine> VisibleCostLines =>
        Scope.IsAuthority ? CostLines.Where(l => l.AuthorityId == Scope.FilterOrganisationId)
        : Scope.IsProvider ? CostLines.Where(l => l.ProviderId == Scope.FilterOrganisationId)
        : CostLines;

    /// <summary>Users of the organisations this scope may manage (Identity's own lookups stay unfiltered for sign-in).</summary>
    public IQueryable<HearthUser> UsersInScope() =>
        Scope.IsSystem ? Users : Users.Where(u => u.OrganisationId == Scope.FilterOrganisationId);

    /// <summary>
    /// Only for writes that are not audited (the data-protection key ring saves synchronously); anything else must use
    /// <see cref="SaveChangesAsync(bool, CancellationToken)"/>, which records the audit trail.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (AuditRecorder.Capture(ChangeTracker).Count > 0)
            throw new NotSupportedException("Use SaveChangesAsync: every audited write goes through the asynchronous path.");
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = AuditRecorder.Capture(ChangeTracker);
        var accesses = TakeAccesses();
        var costed = PlacementsToCost();
        var revocations = SessionsToRevoke();
        if (pending.Count == 0 && accesses.Count == 0 && costed.Tracked.Count == 0 && costed.Untracked.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await RewriteCostLinesAsync(costed.Tracked, costed.Untracked, cancellationToken);
            await RevokeSessionsAsync(revocations, cancellationToken);
            if (pending.Count > 0 || accesses.Count > 0)
            {
                var now = Clock.GetUtcNow();
                var entries = AuditRecorder.Complete(pending, Scope, now);
                entries.AddRange(accesses.Select(a => AuditRecorder.Access(a, Scope, now)));
                await AppendAuditAsync(entries, cancellationToken);
            }
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
            return written;
        }
        catch
        {
            if (ownTransaction is not null) await ownTransaction.RollbackAsync(CancellationToken.None);
            throw;
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>
    /// The placements whose cost lines this save must rewrite: every placement added or changed, and the owner of every fee
    /// period added or changed (tracked, or by id when only the fee period is tracked). Found here so no page, endpoint,
    /// import or generator can forget them (ADR 0014).
    /// </summary>
    private (List<Placement> Tracked, List<int> Untracked) PlacementsToCost()
    {
        var tracked = new List<Placement>();
        var untracked = new List<int>();
        var costed = new HashSet<Placement>(ReferenceEqualityComparer.Instance);
        List<PlacementFeePeriod>? periods = null;
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            if (entry.Entity is Placement placement)
            {
                // A placement changed without its fee periods loaded is costed from the database after the save.
                costed.Add(placement);
                if (entry.State == EntityState.Added || CostedCollectionsLoaded(placement)) tracked.Add(placement);
                else untracked.Add(placement.Id);
            }
            else if (entry.Entity is PlacementFeePeriod period) (periods ??= []).Add(period);
        }
        if (periods is null) return (tracked, untracked);
        var owners = new Dictionary<PlacementFeePeriod, Placement>(ReferenceEqualityComparer.Instance);
        foreach (var entry in ChangeTracker.Entries<Placement>())
            foreach (var period in entry.Entity.FeePeriods) owners[period] = entry.Entity;
        foreach (var period in periods)
        {
            if (owners.TryGetValue(period, out var owner))
            {
                if (!costed.Add(owner)) continue;
                if (Entry(owner).State == EntityState.Added || CostedCollectionsLoaded(owner)) tracked.Add(owner);
                else untracked.Add(owner.Id);
            }
            else if (!untracked.Contains(period.PlacementId)) untracked.Add(period.PlacementId);
        }
        return (tracked, untracked);
    }

    /// <summary>Whether everything a placement's cost lines are written from is loaded (fees, additional costs, funding split).</summary>
    private bool CostedCollectionsLoaded(Placement placement)
    {
        var entry = Entry(placement);
        return entry.Collection(nameof(Placement.FeePeriods)).IsLoaded && entry.Collection(nameof(Placement.AdditionalCosts)).IsLoaded
            && entry.Collection(nameof(Placement.FundingShares)).IsLoaded;
    }

    /// <summary>
    /// Replaces the stored cost lines of these placements with <see cref="Domain.Finance.PlacementCostLines.For(Placement, DateOnly)"/>,
    /// inside the current transaction (or one of its own). Cost lines are derived data: not audited (the placement's own change is).
    /// <paramref name="asOf"/> (default today) only decides where live placements' closed lines stop; the costs are the same.
    /// </summary>
    public async Task RewriteCostLinesAsync(IReadOnlyCollection<Placement> placements, IReadOnlyCollection<int> placementIds,
        CancellationToken cancellationToken, DateOnly? asOf = null)
    {
        if (placements.Count == 0 && placementIds.Count == 0) return;
        var all = placements.ToList();
        var ids = all.Select(p => p.Id).Union(placementIds).ToList();
        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // Two transactions rewriting one placement's lines (a save that only adds a fee period or a cost, an import, the
            // backfill) take turns: otherwise the second deletes before the first commits and then inserts the line numbers
            // the first has just written (a duplicate key on PostgreSQL). The lock comes before reading what it costs.
            await LockPlacementsAsync([.. ids.Where(id => id > 0).Order()], cancellationToken);
            var missing = placementIds.Where(id => all.All(p => p.Id != id)).ToList();
            if (missing.Count > 0)
                all.AddRange(await Placements.AsNoTracking().Include(p => p.FeePeriods).Include(p => p.AdditionalCosts).Include(p => p.FundingShares)
                    .AsSplitQuery().Where(p => missing.Contains(p.Id)).ToListAsync(cancellationToken));
            await CostLines.IgnoreQueryFilters().Where(l => ids.Contains(l.PlacementId)).ExecuteDeleteAsync(cancellationToken);
            var today = asOf ?? London.Today(Clock);
            var lines = new List<PlacementCostLine>();
            foreach (var placement in all) lines.AddRange(Domain.Finance.PlacementCostLines.For(placement, today));
            CostLines.AddRange(lines);
            try
            {
                await base.SaveChangesAsync(true, cancellationToken);
            }
            finally
            {
                foreach (var line in lines) Entry(line).State = EntityState.Detached;
            }
            if (ownTransaction is not null) await ownTransaction.CommitAsync(cancellationToken);
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>Serialises writers of the audit chain so two web nodes never fork it.</summary>
    protected internal abstract Task LockAuditChainAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Ids for <paramref name="count"/> new audit entries, above <paramref name="lastId"/> and in order, taken while the chain
    /// is locked: the id is sealed with the entry, so it must be known before the entry is written.
    /// </summary>
    protected abstract Task<long[]> NextAuditIdsAsync(int count, long lastId, CancellationToken cancellationToken);

    /// <summary>Holds the placements' rows until the transaction ends, so their cost lines are rewritten by one writer at a time.</summary>
    protected abstract Task LockPlacementsAsync(int[] placementIds, CancellationToken cancellationToken);
}
