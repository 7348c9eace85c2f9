using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Home;

/// <summary>What each role has to do, read from the data the user's organisation may see (scoped by HearthDb).</summary>
public sealed class HomeTasks(HearthDb db, Finance.SpendReport spend, TimeProvider clock)
{
    private DateOnly Today => London.Today(clock);

    private IQueryable<Placement> Placements => db.VisiblePlacements;

    public async Task<List<HomeCard>> ForAsync(OrganisationScope scope, CancellationToken ct)
    {
        var cards = new List<HomeCard>();
        if (scope.IsInRole(Roles.Commissioner)) cards.AddRange(await CommissionerAsync(ct));
        if (scope.IsInRole(Roles.Broker)) cards.AddRange(await BrokerAsync(scope, ct));
        if (scope.IsInRole(Roles.SocialWorker)) cards.AddRange(await SocialWorkerAsync(scope, ct));
        if (scope.IsInRole(Roles.FinanceOfficer)) cards.AddRange(await FinanceAsync(ct));
        if (scope.IsInRole(Roles.ContractManager)) cards.AddRange(await ContractManagerAsync(ct));
        if (scope.IsInRole(Roles.ProviderUser)) cards.AddRange(await ProviderAsync(scope, ct));
        if (scope.IsInRole(Roles.Administrator)) cards.AddRange(await AdministratorAsync(scope, ct));
        if (scope.IsInRole(Roles.Auditor)) cards.AddRange(await AuditorAsync(ct));
        if (scope.CanOperate) cards.AddRange(await OperatorAsync(ct));
        return cards;
    }

    private async Task<IEnumerable<HomeCard>> CommissionerAsync(CancellationToken ct)
    {
        var today = Today;
        var cards = new List<HomeCard>();
        var frameworks = await db.Frameworks.AsNoTracking().Where(f => f.EndDate >= today && f.StartDate <= today)
            .OrderBy(f => f.EndDate).Select(f => new { f.Reference, f.Title, f.EndDate }).ToListAsync(ct);
        foreach (var f in frameworks)
        {
            var alert = Framework.ExpiryAlert(f.EndDate, today);
            cards.Add(alert is { } months
                ? new HomeCard(Roles.Commissioner, $"{f.Reference} ends within {months} months",
                    $"{f.Title} ends on {f.EndDate:d MMMM yyyy}. Plan the re-procurement or an extension, and record the decision that authorises it.", NeedsAction: true)
                : new HomeCard(Roles.Commissioner, $"{f.Reference} is in force",
                    $"{f.Title} runs until {f.EndDate:d MMMM yyyy}."));
        }
        if (frameworks.Count == 0)
            cards.Add(new HomeCard(Roles.Commissioner, "No framework is in force",
                "External placements can only be spot purchased until a framework is awarded.", NeedsAction: true));

        var since = today.AddMonths(-3);
        var spot = await Placements.CountAsync(p => p.Route == PlacementRoute.Spot && p.StartDate >= since, ct);
        cards.Add(new HomeCard(Roles.Commissioner, $"{spot} spot purchase{(spot == 1 ? "" : "s")} in the last 3 months",
            "Each spot purchase was made outside the framework: review why, to keep them low.", NeedsAction: spot > 0));
        return cards;
    }

    private async Task<IEnumerable<HomeCard>> BrokerAsync(OrganisationScope scope, CancellationToken ct)
    {
        var freshSince = CarerHousehold.FreshSince(Today);
        var stale = await db.CarerHouseholds.CountAsync(h => h.OwnerOrganisationId == scope.FilterOrganisationId
            && (h.ConfirmedOn == null || h.ConfirmedOn < freshSince), ct);
        var total = await db.CarerHouseholds.CountAsync(h => h.OwnerOrganisationId == scope.FilterOrganisationId, ct);
        return
        [
            new HomeCard(Roles.Broker, $"{stale} of {total} in-house households have vacancies older than {CarerHousehold.StaleAfterDays} days",
                "Ask the supervising social workers to confirm these households’ vacancies so in-house searches are current.",
                "See stale households", "/households?Stale=true", NeedsAction: stale > 0),
            await EndingSoonAsync(Roles.Broker, ct),
        ];
    }

    private async Task<IEnumerable<HomeCard>> SocialWorkerAsync(OrganisationScope scope, CancellationToken ct)
    {
        var cards = new List<HomeCard>();
        if (Referrals.ReferralAccess.CanSignOff(scope))
        {
            var me = scope.UserId;
            var waiting = await db.Referrals.CountAsync(r => r.Status == ReferralStatus.AwaitingSignOff && r.AuthorUserId != me, ct);
            cards.Add(new HomeCard(Roles.SocialWorker, $"{waiting} referral{(waiting == 1 ? "" : "s")} waiting for sign-off",
                "Sign off each referral, or return it with comments, so the placement finding team can start searching.",
                "See referrals waiting for sign-off", "/referrals?Status=AwaitingSignOff", NeedsAction: waiting > 0));
            var offers = (await CallOffs.ApprovalQueue.ForAsync(db, ct)).Sum(w => w.Offers);
            cards.Add(new HomeCard(Roles.SocialWorker, $"{offers} offer{(offers == 1 ? "" : "s")} waiting for your approval",
                "Offers above the framework price (or with none) need a manager's approval before the broker can choose them.",
                "See offers waiting for approval", CallOffs.ApprovalsListModel.Path, NeedsAction: offers > 0));
        }
        cards.Add(await EndingSoonAsync(Roles.SocialWorker, ct));
        return cards;
    }

    private async Task<HomeCard> EndingSoonAsync(string role, CancellationToken ct)
    {
        var today = Today;
        var horizon = today.AddDays(28);
        var ending = await Placements.CountAsync(p => p.EndDate == null && p.PlannedEndDate != null
            && p.PlannedEndDate >= today && p.PlannedEndDate <= horizon, ct);
        var live = await Placements.CountAsync(p => p.StartDate <= today && (p.EndDate == null || p.EndDate > today), ct);
        return new HomeCard(role, $"{ending} placement{(ending == 1 ? "" : "s")} planned to end in the next 28 days",
            $"{live:N0} children are in foster placements today. Check each planned ending has a next step agreed.", NeedsAction: ending > 0);
    }

    private async Task<IEnumerable<HomeCard>> FinanceAsync(CancellationToken ct)
    {
        var year = FinancialYear.Containing(Today);
        var lines = await spend.ByYearAsync(year, year, ct);
        var total = lines.Aggregate(Money.Zero, (sum, l) => sum + l.Amount);
        var inHouse = lines.Where(l => l.Key.Route == PlacementRoute.InHouse).Aggregate(Money.Zero, (sum, l) => sum + l.Amount);
        return
        [
            new HomeCard(Roles.FinanceOfficer, $"Fostering spend in {year} to date: {total}",
                $"External (framework, spot and block): {total - inHouse}. In-house: {inHouse}. " +
                "Costed night by night from 1 April to today, at the weekly fee in force each night.", "See spend by year", "/finance/spend"),
        ];
    }

    private async Task<IEnumerable<HomeCard>> ContractManagerAsync(CancellationToken ct)
    {
        var today = Today;
        var concern = await (
            from p in Placements
            join pr in db.Providers on p.ProviderId equals pr.Id
            where p.StartDate <= today && (p.EndDate == null || p.EndDate > today)
                && (pr.OfstedGrade == OfstedGrade.RequiresImprovement || pr.OfstedGrade == OfstedGrade.Inadequate)
            select pr.Id).ToListAsync(ct);
        var providers = concern.Distinct().Count();
        return
        [
            new HomeCard(Roles.ContractManager,
                $"{concern.Count} children placed with {providers} provider{(providers == 1 ? "" : "s")} judged Requires improvement or Inadequate",
                "Review these placements with the providers’ improvement plans.", NeedsAction: concern.Count > 0),
        ];
    }

    private async Task<IEnumerable<HomeCard>> ProviderAsync(OrganisationScope scope, CancellationToken ct)
    {
        var today = Today;
        var live = await Placements.CountAsync(p => p.StartDate <= today && (p.EndDate == null || p.EndDate > today), ct);
        var freshSince = CarerHousehold.FreshSince(today);
        var stale = await db.CarerHouseholds.CountAsync(h => h.ConfirmedOn == null || h.ConfirmedOn < freshSince, ct);
        return
        [
            new HomeCard(Roles.ProviderUser, $"{live} children placed with your carers today", "Placements commissioned from your agency by the authorities on Hearth."),
            new HomeCard(Roles.ProviderUser, $"{stale} of your households need their vacancies confirming",
                $"Households not confirmed for {CarerHousehold.StaleAfterDays} days are shown to authorities as stale.",
                "See stale households", "/households?Stale=true", NeedsAction: stale > 0),
        ];
    }

    private async Task<IEnumerable<HomeCard>> AdministratorAsync(OrganisationScope scope, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var pending = await db.Invitations.CountAsync(i => i.OrganisationId == scope.FilterOrganisationId && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now, ct);
        // Accounts whose sign-in must wait after wrong passwords (ADR 0026): someone may be guessing their password.
        var emails = await db.UsersInScope().Where(u => u.NormalizedEmail != null).Select(u => u.NormalizedEmail!).ToListAsync(ct);
        var keys = emails.Select(e => Platform.Auth.SignInThrottling.Key(e, null)).ToList();
        var locked = await db.SignInThrottles.CountAsync(t => keys.Contains(t.Key) && t.NotBefore > now, ct);
        var tokens = await db.ApiTokens.CountAsync(t => t.RevokedAt == null, ct);
        return
        [
            new HomeCard(Roles.Administrator, $"{locked} account{(locked == 1 ? "" : "s")} waiting after wrong passwords",
                "After several wrong passwords Hearth makes people wait before trying again; nobody is locked out. You can clear the wait.", "Manage users", "/admin/users", NeedsAction: locked > 0),
            new HomeCard(Roles.Administrator, $"{pending} invitation{(pending == 1 ? "" : "s")} waiting to be accepted",
                "Invitation links work once and for 7 days.", "Invite a user", "/admin/users/invite"),
            new HomeCard(Roles.Administrator, $"{tokens} active API token{(tokens == 1 ? "" : "s")}",
                "Revoke tokens that are no longer used.", "Manage API tokens", "/admin/api-tokens"),
        ];
    }

    /// <summary>The service operator's (ADR 0024): providers waiting for their first administrator, organisations suspended.</summary>
    private async Task<IEnumerable<HomeCard>> OperatorAsync(CancellationToken ct)
    {
        var awaiting = await db.Providers.CountAsync(p => p.Status == OrganisationStatus.AwaitingConfirmation, ct);
        var suspended = await db.Organisations.CountAsync(o => o.Status == OrganisationStatus.Suspended, ct);
        return
        [
            new HomeCard(Roles.ServiceOperator, $"{awaiting} provider{(awaiting == 1 ? "" : "s")} waiting for their first administrator",
                "A provider you add becomes active when its first administrator accepts the invitation. Invitations last 7 days.",
                "Add a provider", "/admin/organisations/new-provider"),
            new HomeCard(Roles.ServiceOperator, $"{suspended} organisation{(suspended == 1 ? "" : "s")} suspended",
                "Nobody in a suspended organisation can sign in. Reactivate or close it from its page.", "See organisations", "/admin/organisations"),
        ];
    }

    private async Task<IEnumerable<HomeCard>> AuditorAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddDays(-7);
        var recent = await db.AuditEntries.CountAsync(a => a.At >= since, ct);
        return
        [
            new HomeCard(Roles.Auditor, $"{recent:N0} changes recorded by your organisation in the last 7 days",
                "Filter, export and check the integrity of the audit trail.", "View the audit trail", "/audit"),
        ];
    }
}
