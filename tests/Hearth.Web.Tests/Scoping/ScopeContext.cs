using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Hearth.Testing;

namespace Hearth.Web.Tests.Scoping;

/// <summary>The signer of a matrix request, their organisation, and another organisation of the same kind to trespass on.</summary>
public sealed class ScopeContext(DemoApp app, DemoSignIn signIn, int organisationId, OrganisationKind kind, int otherOrganisationId)
{
    public DemoApp App { get; } = app;
    public DemoSignIn SignIn { get; } = signIn;
    public int OrganisationId { get; } = organisationId;
    public OrganisationKind Kind { get; } = kind;
    public int OtherOrganisationId { get; } = otherOrganisationId;

    /// <summary>The id of the record the last New…Async call made, for checking afterwards that it was left alone.</summary>
    public int LastCreatedId { get; private set; }

    public static async Task<ScopeContext> ForAsync(DemoApp app, DemoSignIn signIn) => await app.WithDbAsync(async db =>
    {
        var own = await db.Organisations.SingleAsync(o => o.Name == signIn.Organisation);
        // The service operator is the only one of its kind: it trespasses on the first provider (ADR 0024).
        var otherKind = own.Kind == OrganisationKind.Operator ? OrganisationKind.Provider : own.Kind;
        var other = await db.Organisations.Where(o => o.Id != own.Id && EF.Property<OrganisationKind>(o, "OrganisationKind") == otherKind)
            .OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        return new ScopeContext(app, signIn, own.Id, own.Kind, other);
    });

    /// <summary>A user of the organisation: the first there is, or one made for the test when it has none.</summary>
    public Task<int> UserIdInAsync(int organisationId) => App.WithDbAsync(async db =>
    {
        var id = await db.Users.Where(u => u.OrganisationId == organisationId).OrderBy(u => u.Id).Select(u => (int?)u.Id).FirstOrDefaultAsync();
        if (id is not null) return id.Value;
        var user = new HearthUser
        {
            UserName = $"matrix-{organisationId}@example.org", Email = $"matrix-{organisationId}@example.org", EmailConfirmed = true,
            NormalizedEmail = $"MATRIX-{organisationId}@EXAMPLE.ORG", NormalizedUserName = $"MATRIX-{organisationId}@EXAMPLE.ORG",
            DisplayName = "Matrix Person", OrganisationId = organisationId, CreatedAt = TestClock.Now, SecurityStamp = Guid.NewGuid().ToString(),
        };
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync();
            return user.Id;
        }
        catch (DbUpdateException)
        {
            // Another test made it at the same moment.
            db.ChangeTracker.Clear();
            return await db.Users.Where(u => u.OrganisationId == organisationId).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync();
        }
    });

    /// <summary>An API token belonging to an organisation, made for the test (so revoking it harms nobody).</summary>
    public Task<int> NewTokenInAsync(int organisationId) => App.WithDbAsync(async db =>
    {
        var token = new ApiToken
        {
            OrganisationId = organisationId, Name = $"Matrix {Guid.NewGuid():N}", Prefix = "hth_matrix", TokenHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
            Roles = organisationId == OrganisationId && Kind == OrganisationKind.Provider ? "ProviderUser" : "Auditor", CreatedAt = TestClock.Now,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync();
        return LastCreatedId = token.Id;
    });

    public Task<int> NewInvitationInAsync(int organisationId) => App.WithDbAsync(async db =>
    {
        var invitation = new Invitation
        {
            OrganisationId = organisationId, InvitedByOrganisationId = organisationId, Email = $"matrix-{Guid.NewGuid():N}@example.org",
            DisplayName = "Matrix", Roles = "Auditor", TokenHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
            CreatedAt = TestClock.Now, ExpiresAt = TestClock.Now.AddDays(7),
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();
        return LastCreatedId = invitation.Id;
    });

    /// <summary>A live placement belonging to an organisation: the authority's, or with the provider.</summary>
    public Task<int> PlacementIdOfAsync(int organisationId) => App.WithDbAsync(db =>
        db.Placements.Where(p => p.EndDate == null && (p.AuthorityId == organisationId || p.ProviderId == organisationId))
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());

    /// <summary>The signer's authority, or (for provider signers, who may not read any register) the first authority.</summary>
    public Task<int> AuthorityIdAsync(bool own) => Kind == OrganisationKind.Authority
        ? Task.FromResult(own ? OrganisationId : OtherOrganisationId)
        : App.WithDbAsync(db => db.Authorities.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());

    /// <summary>A proposed decision in the authority's register, made for the matrix once (so trespassers can try to advance it).</summary>
    public Task<int> MatrixDecisionInAsync(int authorityId) => GetOrCreateAsync(
        db => db.KeyDecisions.Where(d => d.AuthorityId == authorityId && d.Reference == $"MATRIX/{authorityId}").Select(d => (int?)d.Id).SingleOrDefaultAsync(),
        db => db.KeyDecisions.Add(KeyDecision.Propose(authorityId, $"MATRIX/{authorityId}", "Scope matrix decision", "Matrix", Money.Zero, 0)).Entity.Id);

    public Task<bool> DecisionStillProposedAsync(int id) =>
        App.WithDbAsync(db => db.KeyDecisions.AnyAsync(d => d.Id == id && d.Status == KeyDecisionStatus.Proposed));

    public Task<int> FrameworkIdAsync(string reference) =>
        App.WithDbAsync(db => db.Frameworks.Where(f => f.Reference == reference).Select(f => f.Id).SingleAsync());

    /// <summary>
    /// A framework only the given organisation can see (an authority that is its only party, or a provider that is its only
    /// member), long ended so no home page or alert notices it: the demo frameworks are shared by Kent, Medway and the demo
    /// provider, so they cannot show a trespass.
    /// </summary>
    public Task<int> MatrixFrameworkOnlyForAsync(int organisationId) => GetOrCreateAsync(
        db => db.Frameworks.Where(f => f.Reference == $"MATRIX-{organisationId}").Select(f => (int?)f.Id).SingleOrDefaultAsync(),
        async db =>
        {
            var isAuthority = await db.Authorities.AnyAsync(a => a.Id == organisationId);
            var lead = isAuthority ? organisationId : await db.Authorities.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
            var framework = Framework.Establish($"MATRIX-{organisationId}", "Scope matrix framework", ProcurementRegime.Pcr2015LightTouch,
                new DateOnly(2010, 4, 1), new DateOnly(2011, 3, 31), lead, [], null);
            if (!isAuthority) framework.Admit(organisationId, framework.StartDate);
            db.Frameworks.Add(framework);
            return 0;
        });

    /// <summary>
    /// A tender of the authority alone, at a stage ("draft", "opened" or "awarded"), with bids from the first two
    /// providers and a clarification question; made once for the matrix.
    /// </summary>
    public Task<int> MatrixTenderAsync(int authorityId, string stage) => App.WithDbAsync(async db =>
    {
        var reference = $"MATRIX-T{stage.ToUpperInvariant()}-{authorityId}";
        if (await db.Tenders.Where(t => t.Reference == reference).Select(t => (int?)t.Id).SingleOrDefaultAsync() is { } existing) return existing;
        await MatrixTenderLock.WaitAsync();
        try
        {
            if (await db.Tenders.Where(t => t.Reference == reference).Select(t => (int?)t.Id).SingleOrDefaultAsync() is { } made) return made;
            if (stage == "draft")
            {
                var draft = TenderFixtures.Draft(reference, authorityId);
                foreach (var (id, name) in await TenderFixtures.EvaluatorsAsync(db, authorityId)) draft.AddEvaluator(id, authorityId, name);
                db.Tenders.Add(draft);
                await db.SaveChangesAsync();
                return draft.Id;
            }
            var providers = await db.Providers.OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync();
            var (tender, bids) = await TenderFixtures.PublishedWithBidsAsync(db, reference, authorityId, providers);
            db.Clarifications.Add(Clarification.Ask(tender, providers[0], "Matrix question", TenderFixtures.PublishedAt.AddDays(1)));
            await db.SaveChangesAsync();
            if (stage == "opened")
            {
                tender.Open(TenderFixtures.OpenedAt, "matrix");
                await db.SaveChangesAsync();
            }
            else await TenderFixtures.AwardAsync(db, tender, bids);
            return tender.Id;
        }
        finally
        {
            MatrixTenderLock.Release();
        }
    });

    private static readonly SemaphoreSlim MatrixTenderLock = new(1, 1);

    /// <summary>The bid a provider made in a matrix tender.</summary>
    public Task<int> MatrixBidAsync(int tenderId, int providerId) =>
        App.WithDbAsync(db => db.Bids.Where(b => b.TenderId == tenderId && b.ProviderId == providerId).Select(b => b.Id).SingleAsync());

    public Task<int> MatrixClarificationAsync(int tenderId) =>
        App.WithDbAsync(db => db.Clarifications.Where(c => c.TenderId == tenderId).Select(c => c.Id).FirstAsync());

    public Task<int> ProviderIdAsync(int index) =>
        App.WithDbAsync(db => db.Providers.OrderBy(p => p.Id).Select(p => p.Id).Skip(index).FirstAsync());

    public Task<bool> TenderStillAsync(int tenderId, TenderStatus status) =>
        App.WithDbAsync(db => db.Tenders.AnyAsync(t => t.Id == tenderId && t.Status == status));

    private Task<int> GetOrCreateAsync(Func<HearthDb, Task<int?>> find, Func<HearthDb, Task<int>> add) => App.WithDbAsync(async db =>
    {
        if (await find(db) is { } existing) return existing;
        await add(db);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another test made it at the same moment.
            db.ChangeTracker.Clear();
        }
        return (await find(db))!.Value;
    });

    private Task<int> GetOrCreateAsync(Func<HearthDb, Task<int?>> find, Func<HearthDb, int> add) =>
        GetOrCreateAsync(find, db => Task.FromResult(add(db)));

    public Task<bool> TokenStillActiveAsync(int id) => App.WithDbAsync(db => db.ApiTokens.AnyAsync(t => t.Id == id && t.RevokedAt == null));

    public Task<bool> InvitationStillOpenAsync(int id) => App.WithDbAsync(db => db.Invitations.AnyAsync(i => i.Id == id && i.RevokedAt == null));

    /// <summary>
    /// A suspension in force by the authority, made for the matrix once, of the last demo agency (one on no framework, so
    /// no call-off of another test loses it).
    /// </summary>
    public Task<int> MatrixSuspensionInAsync(int authorityId) => GetOrCreateAsync(
        async db =>
        {
            var provider = await LastDemoProviderIdAsync(db);
            return await db.ProviderSuspensions.Where(s => s.AuthorityId == authorityId && s.ProviderId == provider && s.Reason == "Scope matrix")
                .OrderBy(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync();
        },
        async db =>
        {
            var provider = await LastDemoProviderIdAsync(db);
            db.ProviderSuspensions.Add(ProviderSuspension.Suspend(authorityId, provider, "Scope matrix", 0, "Matrix", new DateOnly(2026, 1, 5), []));
            return 0;
        });

    /// <summary>The last demo agency: on no framework (tests add providers of their own after it).</summary>
    public static Task<int> LastDemoProviderIdAsync(HearthDb db)
    {
        var name = DemoData.ProviderNames[^1];
        return db.Providers.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }

    public Task<bool> SuspensionInForceAsync(int id) => App.WithDbAsync(db => db.ProviderSuspensions.AnyAsync(s => s.Id == id && s.ReinstatedOn == null));

    /// <summary>The organisation's name and status are as the demo made them (a trespass renamed or suspended nothing).</summary>
    public Task<bool> OrganisationUnchangedAsync(int id) => App.WithDbAsync(async db =>
    {
        var o = await db.Organisations.SingleAsync(x => x.Id == id);
        return o.Name != "Trespass" && o.Status is OrganisationStatus.Active;
    });

    /// <summary>Whether the user holds the administrator role (the first user of every other organisation does not).</summary>
    public Task<bool> UserIsAdministratorAsync(int id) => App.WithDbAsync(db =>
        (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == id && r.Name == "Administrator" select ur).AnyAsync());

    public Task<bool> UserStillEnabledAsync(int id) => App.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == id && !u.IsDisabled));
}
