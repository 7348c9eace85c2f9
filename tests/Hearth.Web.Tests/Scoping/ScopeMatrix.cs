using Hearth.Domain.Organisations;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Scoping;

/// <summary>
/// Every page and API endpoint, with who may use it and how it treats other organisations' ids. When you add a page or
/// an endpoint, add its case here: the matrix then signs in as every demo user (each role, authority and provider) and
/// tries it with their own ids and with another organisation's.
/// </summary>
public static class ScopeMatrix
{
    private static bool Anyone(DemoSignIn _) => true;
    private static Func<DemoSignIn, bool> Role(string role) => s => s.Role == role;
    private static bool PlacementViewer(DemoSignIn s) => s.Role != Roles.Administrator;

    private static Func<DemoSignIn, bool> AnyRole(params string[] roles) => s => roles.Contains(s.Role);
    private static bool FrameworkReader(DemoSignIn s) =>
        s.Role is Roles.Commissioner or Roles.ContractManager or Roles.FinanceOfficer or Roles.Broker
            or Roles.Auditor or Roles.ProviderUser;
    private static bool TenderReader(DemoSignIn s) => s.Role is Roles.Commissioner or Roles.ContractManager or Roles.Auditor;
    private static bool ChildViewer(DemoSignIn s) => s.Role is Roles.SocialWorker or Roles.Broker;
    private static bool ChildViewerOrProvider(DemoSignIn s) => s.Role is Roles.SocialWorker or Roles.Broker or Roles.ProviderUser;
    private static bool AuthorityAdministrator(DemoSignIn s) => s.Role == Roles.Administrator && s.Organisation is DemoData.KentName or DemoData.MedwayName;

    public static readonly IReadOnlyList<ScopeCase> Cases =
    [
        // Everyone signed in.
        new("Home", "GET", "/", Anyone, CrossOrganisation.NoIds, _ => Task.FromResult("/")),
        new("Change password", "GET", "/account/change-password", Anyone, CrossOrganisation.NoIds, _ => Task.FromResult("/account/change-password")),
        new("Sign out page", "GET", "/account/sign-out", Anyone, CrossOrganisation.NoIds, _ => Task.FromResult("/account/sign-out")),
        new("API: me", "GET", "/api/v1/me", Anyone, CrossOrganisation.NoIds, _ => Task.FromResult("/api/v1/me")),
        new("API: organisations", "GET", "/api/v1/organisations", Anyone, CrossOrganisation.NoIds, _ => Task.FromResult("/api/v1/organisations")),
        new("API: organisation", "GET", "/api/v1/organisations/{id:int}", Anyone, CrossOrganisation.Shared,
            c => Task.FromResult($"/api/v1/organisations/{c.OrganisationId}"), c => Task.FromResult($"/api/v1/organisations/{c.OtherOrganisationId}")),

        // Administrators.
        new("Users", "GET", "/admin/users", Role(Roles.Administrator), CrossOrganisation.NoIds, _ => Task.FromResult("/admin/users")),
        new("Invite a user", "GET", "/admin/users/invite", Role(Roles.Administrator), CrossOrganisation.NoIds, _ => Task.FromResult("/admin/users/invite")),
        new("User", "GET", "/admin/users/{id:int}", Role(Roles.Administrator), CrossOrganisation.Hidden,
            async c => $"/admin/users/{await c.UserIdInAsync(c.OrganisationId)}", async c => $"/admin/users/{await c.UserIdInAsync(c.OtherOrganisationId)}"),
        new("Disable a user", "POST", "/admin/users/{id:int}?handler=Disable", Role(Roles.Administrator), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), // never disable a real demo user: only the trespass is tried
            async c => $"/admin/users/{await c.UserIdInAsync(c.OtherOrganisationId)}?handler=Disable&disable=true",
            async c => await c.UserStillEnabledAsync(await c.UserIdInAsync(c.OtherOrganisationId))),
        new("Organisations", "GET", "/admin/organisations", Role(Roles.Administrator), CrossOrganisation.NoIds, _ => Task.FromResult("/admin/organisations")),
        new("Organisation", "GET", "/admin/organisations/{id:int}", Role(Roles.Administrator), CrossOrganisation.Hidden,
            c => Task.FromResult($"/admin/organisations/{c.OrganisationId}"), c => Task.FromResult($"/admin/organisations/{c.OtherOrganisationId}")),
        new("Add a provider", "GET", "/admin/organisations/new-provider", AuthorityAdministrator, CrossOrganisation.NoIds,
            _ => Task.FromResult("/admin/organisations/new-provider")),
        new("API tokens", "GET", "/admin/api-tokens", Role(Roles.Administrator), CrossOrganisation.NoIds, _ => Task.FromResult("/admin/api-tokens")),
        new("Revoke an API token", "POST", "/admin/api-tokens?handler=Revoke", Role(Roles.Administrator), CrossOrganisation.Hidden,
            async c => $"/admin/api-tokens?handler=Revoke&id={await c.NewTokenInAsync(c.OrganisationId)}",
            async c => $"/admin/api-tokens?handler=Revoke&id={await c.NewTokenInAsync(c.OtherOrganisationId)}",
            c => c.TokenStillActiveAsync(c.LastCreatedId)),
        new("Withdraw an invitation", "POST", "/admin/users?handler=Withdraw", Role(Roles.Administrator), CrossOrganisation.Hidden,
            async c => $"/admin/users?handler=Withdraw&id={await c.NewInvitationInAsync(c.OrganisationId)}",
            async c => $"/admin/users?handler=Withdraw&id={await c.NewInvitationInAsync(c.OtherOrganisationId)}",
            c => c.InvitationStillOpenAsync(c.LastCreatedId)),

        // Key decisions: commissioners and auditors read their own authority's register; commissioners add and advance.
        new("Key decisions", "GET", "/decisions", AnyRole(Roles.Commissioner, Roles.Auditor), CrossOrganisation.NoIds, _ => Task.FromResult("/decisions")),
        new("Add a decision", "GET", "/decisions/new", Role(Roles.Commissioner), CrossOrganisation.NoIds, _ => Task.FromResult("/decisions/new")),
        new("Key decision", "GET", "/decisions/{id:int}", AnyRole(Roles.Commissioner, Roles.Auditor), CrossOrganisation.Hidden,
            async c => $"/decisions/{await c.MatrixDecisionInAsync(await c.AuthorityIdAsync(own: true))}",
            async c => $"/decisions/{await c.MatrixDecisionInAsync(await c.AuthorityIdAsync(own: false))}"),
        new("Advance a key decision", "POST", "/decisions/{id:int}", Role(Roles.Commissioner), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), // only the trespass is tried: an empty form would not advance anything
            async c => $"/decisions/{await c.MatrixDecisionInAsync(await c.AuthorityIdAsync(own: false))}",
            async c => await c.DecisionStillProposedAsync(await c.MatrixDecisionInAsync(await c.AuthorityIdAsync(own: false)))),
        new("API: decisions", "GET", "/api/v1/decisions", AnyRole(Roles.Commissioner, Roles.Auditor), CrossOrganisation.NoIds,
            _ => Task.FromResult("/api/v1/decisions")),
        new("API: decision", "GET", "/api/v1/decisions/{id:int}", AnyRole(Roles.Commissioner, Roles.Auditor), CrossOrganisation.Hidden,
            async c => $"/api/v1/decisions/{await c.MatrixDecisionInAsync(await c.AuthorityIdAsync(own: true))}",
            async c => $"/api/v1/decisions/{await c.MatrixDecisionInAsync(await c.AuthorityIdAsync(own: false))}"),

        // Tenders (authority side): commissioners run them; contract managers and auditors read. Each matrix tender has
        // one authority party, so another authority's tender is a trespass. Bids are never readable before opening.
        new("Tenders", "GET", "/tenders", TenderReader, CrossOrganisation.NoIds, _ => Task.FromResult("/tenders")),
        new("Create a tender", "GET", "/tenders/new", Role(Roles.Commissioner), CrossOrganisation.NoIds, _ => Task.FromResult("/tenders/new")),
        new("Tender", "GET", "/tenders/{id:int}", TenderReader, CrossOrganisation.Hidden,
            async c => $"/tenders/{await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: true), "opened")}",
            async c => $"/tenders/{await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: false), "opened")}"),
        new("Change a tender", "GET", "/tenders/{id:int}/edit", Role(Roles.Commissioner), CrossOrganisation.Hidden,
            async c => $"/tenders/{await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: true), "draft")}/edit",
            async c => $"/tenders/{await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: false), "draft")}/edit"),
        new("Add a lot", "GET", "/tenders/{id:int}/lots/new", Role(Roles.Commissioner), CrossOrganisation.Hidden,
            async c => $"/tenders/{await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: true), "draft")}/lots/new",
            async c => $"/tenders/{await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: false), "draft")}/lots/new"),
        new("Evaluation panel", "GET", "/tenders/{id:int}/panel", Role(Roles.Commissioner), CrossOrganisation.Hidden,
            async c => $"/tenders/{await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: true), "draft")}/panel",
            async c => $"/tenders/{await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: false), "draft")}/panel"),
        new("Publish a tender", "POST", "/tenders/{id:int}?handler=Publish", Role(Roles.Commissioner), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), // only the trespass is tried: the matrix's draft must stay a draft
            async c => $"/tenders/{await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: false), "draft")}?handler=Publish",
            async c => await c.TenderStillAsync(await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: false), "draft"), TenderStatus.Draft)),
        new("Answer a clarification", "GET", "/tenders/{id:int}/clarifications/{clarificationId:int}", Role(Roles.Commissioner), CrossOrganisation.Hidden,
            async c => { var t = await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: true), "opened"); return $"/tenders/{t}/clarifications/{await c.MatrixClarificationAsync(t)}"; },
            async c => { var t = await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: false), "opened"); return $"/tenders/{t}/clarifications/{await c.MatrixClarificationAsync(t)}"; }),
        // After opening, a lot's bids are for the evaluation panel and commissioners only (the matrix panel holds every
        // commissioner and contract manager of the authority): auditors and others are refused.
        new("Evaluate a lot", "GET", "/tenders/{id:int}/lots/{lot:int}", AnyRole(Roles.Commissioner, Roles.ContractManager), CrossOrganisation.Hidden,
            async c => $"/tenders/{await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: true), "opened")}/lots/1",
            async c => $"/tenders/{await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: false), "opened")}/lots/1"),
        new("Score a bid", "GET", "/tenders/{id:int}/bids/{bidId:int}/score", AnyRole(Roles.Commissioner, Roles.ContractManager), CrossOrganisation.Hidden,
            async c => { var t = await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: true), "opened"); return $"/tenders/{t}/bids/{await c.MatrixBidAsync(t, await c.ProviderIdAsync(0))}/score"; },
            async c => { var t = await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: false), "opened"); return $"/tenders/{t}/bids/{await c.MatrixBidAsync(t, await c.ProviderIdAsync(0))}/score"; }),
        new("Moderate a bid", "GET", "/tenders/{id:int}/bids/{bidId:int}/moderate", Role(Roles.Commissioner), CrossOrganisation.Hidden,
            async c => { var t = await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: true), "opened"); return $"/tenders/{t}/bids/{await c.MatrixBidAsync(t, await c.ProviderIdAsync(0))}/moderate"; },
            async c => { var t = await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: false), "opened"); return $"/tenders/{t}/bids/{await c.MatrixBidAsync(t, await c.ProviderIdAsync(0))}/moderate"; }),
        new("Award a tender", "GET", "/tenders/{id:int}/award", Role(Roles.Commissioner), CrossOrganisation.Hidden,
            async c => $"/tenders/{await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: true), "opened")}/award",
            async c => $"/tenders/{await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: false), "opened")}/award"),
        new("Award a tender (post)", "POST", "/tenders/{id:int}/award", Role(Roles.Commissioner), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), // only the trespass is tried
            async c => $"/tenders/{await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: false), "opened")}/award",
            async c => await c.TenderStillAsync(await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: false), "opened"), TenderStatus.Opened)),
        // A standstill letter: the tender's authorities, and the bidder itself (never another bidder's letter).
        new("Standstill letter", "GET", "/tenders/{id:int}/bids/{bidId:int}/letter", s => TenderReader(s) || s.Role == Roles.ProviderUser, CrossOrganisation.Hidden,
            async c =>
            {
                var t = await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: true), "awarded");
                return $"/tenders/{t}/bids/{await c.MatrixBidAsync(t, c.Kind == OrganisationKind.Provider ? c.OrganisationId : await c.ProviderIdAsync(0))}/letter";
            },
            async c =>
            {
                var t = await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: c.Kind == OrganisationKind.Provider), "awarded");
                return $"/tenders/{t}/bids/{await c.MatrixBidAsync(t, c.Kind == OrganisationKind.Provider ? await c.ProviderIdAsync(1) : await c.ProviderIdAsync(0))}/letter";
            }),

        // Frameworks: staff of party authorities and members' provider users. The demo frameworks are joint (Kent leads,
        // Medway is a party) and the demo provider is on all of them, so the trespass uses a framework only the other
        // organisation can see.
        new("Frameworks", "GET", "/frameworks", FrameworkReader, CrossOrganisation.NoIds, _ => Task.FromResult("/frameworks")),
        new("Framework", "GET", "/frameworks/{id:int}", FrameworkReader, CrossOrganisation.Hidden,
            async c => $"/frameworks/{await c.FrameworkIdAsync("KM-IFP-2022")}",
            async c => $"/frameworks/{await c.MatrixFrameworkOnlyForAsync(c.OtherOrganisationId)}"),
        new("Vary a framework", "GET", "/frameworks/{id:int}/variations", Role(Roles.Commissioner), CrossOrganisation.Hidden,
            async c => $"/frameworks/{await c.MatrixFrameworkOnlyForAsync(await c.AuthorityIdAsync(own: true))}/variations",
            async c => $"/frameworks/{await c.MatrixFrameworkOnlyForAsync(await c.AuthorityIdAsync(own: false))}/variations"),
        new("API: frameworks", "GET", "/api/v1/frameworks", FrameworkReader, CrossOrganisation.NoIds, _ => Task.FromResult("/api/v1/frameworks")),
        new("API: framework", "GET", "/api/v1/frameworks/{id:int}", FrameworkReader, CrossOrganisation.Hidden,
            async c => $"/api/v1/frameworks/{await c.FrameworkIdAsync("KM-IFP-2022")}",
            async c => $"/api/v1/frameworks/{await c.MatrixFrameworkOnlyForAsync(c.OtherOrganisationId)}"),
        new("API: framework lots", "GET", "/api/v1/frameworks/{id:int}/lots", FrameworkReader, CrossOrganisation.Hidden,
            async c => $"/api/v1/frameworks/{await c.FrameworkIdAsync("KM-IFP-2022")}/lots",
            async c => $"/api/v1/frameworks/{await c.MatrixFrameworkOnlyForAsync(c.OtherOrganisationId)}/lots"),

        // Auditors.
        new("Audit trail", "GET", "/audit", Role(Roles.Auditor), CrossOrganisation.NoIds, _ => Task.FromResult("/audit")),

        // Placements: authority staff (not administrators) and provider users see their own organisation's.
        new("Placements", "GET", "/placements", PlacementViewer, CrossOrganisation.NoIds, _ => Task.FromResult("/placements")),
        new("Placement", "GET", "/placements/{id:int}", PlacementViewer, CrossOrganisation.Hidden,
            async c => $"/placements/{await c.PlacementIdOfAsync(c.OrganisationId)}", async c => $"/placements/{await c.PlacementIdOfAsync(c.OtherOrganisationId)}"),
        new("Record a fee change", "GET", "/placements/{id:int}/fee-change", Role(Roles.FinanceOfficer), CrossOrganisation.Hidden,
            async c => $"/placements/{await c.PlacementIdOfAsync(c.OrganisationId)}/fee-change", async c => $"/placements/{await c.PlacementIdOfAsync(c.OtherOrganisationId)}/fee-change"),
        new("Correct a fee", "GET", "/placements/{id:int}/correct-fee", Role(Roles.FinanceOfficer), CrossOrganisation.Hidden,
            async c => $"/placements/{await c.PlacementIdOfAsync(c.OrganisationId)}/correct-fee", async c => $"/placements/{await c.PlacementIdOfAsync(c.OtherOrganisationId)}/correct-fee"),
        new("End a placement", "GET", "/placements/{id:int}/end", s => s.Role is Roles.Broker or Roles.SocialWorker, CrossOrganisation.Hidden,
            async c => $"/placements/{await c.PlacementIdOfAsync(c.OrganisationId)}/end", async c => $"/placements/{await c.PlacementIdOfAsync(c.OtherOrganisationId)}/end"),
        new("Import placements", "GET", "/placements/import", Role(Roles.FinanceOfficer), CrossOrganisation.NoIds, _ => Task.FromResult("/placements/import")),
        new("API: import placements", "POST-CSV", "/api/v1/placements/import", Role(Roles.FinanceOfficer), CrossOrganisation.NoIds,
            _ => Task.FromResult("/api/v1/placements/import")),
        new("Import status", "GET", "/placements/import/{id:int}", Role(Roles.FinanceOfficer), CrossOrganisation.Hidden,
            async c => $"/placements/import/{await c.MatrixImportJobInAsync(await c.AuthorityIdAsync(own: true))}",
            async c => $"/placements/import/{await c.MatrixImportJobInAsync(await c.AuthorityIdAsync(own: false))}"),
        new("API: import job", "GET", "/api/v1/placements/import-jobs/{id:int}", Role(Roles.FinanceOfficer), CrossOrganisation.Hidden,
            async c => $"/api/v1/placements/import-jobs/{await c.MatrixImportJobInAsync(await c.AuthorityIdAsync(own: true))}",
            async c => $"/api/v1/placements/import-jobs/{await c.MatrixImportJobInAsync(await c.AuthorityIdAsync(own: false))}"),
        new("API: placements", "GET", "/api/v1/placements", PlacementViewer, CrossOrganisation.NoIds, _ => Task.FromResult("/api/v1/placements?status=live")),
        new("API: placement", "GET", "/api/v1/placements/{id:int}", PlacementViewer, CrossOrganisation.Hidden,
            async c => $"/api/v1/placements/{await c.PlacementIdOfAsync(c.OrganisationId)}", async c => $"/api/v1/placements/{await c.PlacementIdOfAsync(c.OtherOrganisationId)}"),
        new("API: change a fee", "POST-JSON", "/api/v1/placements/{id:int}/fee-changes", Role(Roles.FinanceOfficer), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), async c => $"/api/v1/placements/{await c.PlacementIdOfAsync(c.OtherOrganisationId)}/fee-changes"),
        new("API: end a placement", "POST-JSON", "/api/v1/placements/{id:int}/ending", s => s.Role is Roles.Broker or Roles.SocialWorker, CrossOrganisation.Hidden,
            _ => Task.FromResult(""), async c => $"/api/v1/placements/{await c.PlacementIdOfAsync(c.OtherOrganisationId)}/ending"),

        // Children: social workers keep them, brokers read them; providers never see a child (404 whatever the id).
        new("Children", "GET", "/children", ChildViewer, CrossOrganisation.NoIds, _ => Task.FromResult("/children")),
        new("Add a child", "GET", "/children/new", Role(Roles.SocialWorker), CrossOrganisation.NoIds, _ => Task.FromResult("/children/new")),
        new("Child", "GET", "/children/{id:int}", ChildViewerOrProvider, CrossOrganisation.Hidden,
            c => c.OwnAsync(c.DemoChildOfAsync, "/children/{0}"), c => c.OtherAsync(c.DemoChildOfAsync, "/children/{0}")),
        new("Link a sibling", "POST", "/children/{id:int}", ChildViewerOrProvider, CrossOrganisation.Hidden,
            _ => Task.FromResult(""), c => c.OtherAsync(c.DemoChildOfAsync, "/children/{0}")),
        new("Change a child", "GET", "/children/{id:int}/edit", Role(Roles.SocialWorker), CrossOrganisation.Hidden,
            c => c.OwnAsync(c.DemoChildOfAsync, "/children/{0}/edit"), c => c.OtherAsync(c.DemoChildOfAsync, "/children/{0}/edit")),
        new("API: children", "GET", "/api/v1/children", ChildViewer, CrossOrganisation.NoIds, _ => Task.FromResult("/api/v1/children")),
        new("API: child", "GET", "/api/v1/children/{id:int}", ChildViewerOrProvider, CrossOrganisation.Hidden,
            c => c.OwnAsync(c.DemoChildOfAsync, "/api/v1/children/{0}"), c => c.OtherAsync(c.DemoChildOfAsync, "/api/v1/children/{0}")),
        new("API: add a child", "POST-JSON", "/api/v1/children", Role(Roles.SocialWorker), CrossOrganisation.NoIds, _ => Task.FromResult("")),

        // Referrals: social workers write them, a social work manager signs them off, brokers see signed-off ones.
        new("Referrals", "GET", "/referrals", ChildViewer, CrossOrganisation.NoIds, _ => Task.FromResult("/referrals")),
        new("Start a referral", "GET", "/referrals/new", Role(Roles.SocialWorker), CrossOrganisation.NoIds, _ => Task.FromResult("/referrals/new")),
        new("Referral", "GET", "/referrals/{id:int}", ChildViewerOrProvider, CrossOrganisation.Hidden,
            c => c.OwnAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.SignedOff), "/referrals/{0}"),
            c => c.OtherAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.SignedOff), "/referrals/{0}")),
        new("Sign off a referral", "POST", "/referrals/{id:int}", ChildViewerOrProvider, CrossOrganisation.Hidden,
            _ => Task.FromResult(""),
            c => c.OtherAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.AwaitingSignOff), "/referrals/{0}?Input.Decision=sign-off"),
            async c => await c.ReferralStillAsync(await c.AuthorityIdAsync(own: false), ReferralStatus.AwaitingSignOff)),
        .. new[] { "timing", "needs", "living", "risks", "location", "check" }.Select(step =>
            new ScopeCase($"Referral question: {step}", "GET", $"/referrals/{{id:int}}/{step}", Role(Roles.SocialWorker), CrossOrganisation.Hidden,
                c => c.OwnAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.Draft), $"/referrals/{{0}}/{step}"),
                c => c.OtherAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.Draft), $"/referrals/{{0}}/{step}"))),
        new("API: referrals", "GET", "/api/v1/referrals", ChildViewer, CrossOrganisation.NoIds, _ => Task.FromResult("/api/v1/referrals")),
        new("API: referral", "GET", "/api/v1/referrals/{id:int}", ChildViewerOrProvider, CrossOrganisation.Hidden,
            c => c.OwnAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.SignedOff), "/api/v1/referrals/{0}"),
            c => c.OtherAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.SignedOff), "/api/v1/referrals/{0}")),
        new("API: export a referral", "GET", "/api/v1/referrals/{id:int}/placements-standard", ChildViewerOrProvider, CrossOrganisation.Hidden,
            c => c.OwnAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.SignedOff), "/api/v1/referrals/{0}/placements-standard"),
            c => c.OtherAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.SignedOff), "/api/v1/referrals/{0}/placements-standard")),
        new("API: start a referral", "POST-JSON", "/api/v1/referrals", Role(Roles.SocialWorker), CrossOrganisation.NoIds, _ => Task.FromResult("")),
        new("API: import a referral", "POST-JSON", "/api/v1/referrals/import", Role(Roles.SocialWorker), CrossOrganisation.NoIds, _ => Task.FromResult("")),
        new("API: submit a referral", "POST-JSON", "/api/v1/referrals/{id:int}/submit", Role(Roles.SocialWorker), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), c => c.OtherAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.Draft), "/api/v1/referrals/{0}/submit")),
        new("API: sign off a referral", "POST-JSON", "/api/v1/referrals/{id:int}/sign-off", Role(Roles.SocialWorker), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), c => c.OtherAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.AwaitingSignOff), "/api/v1/referrals/{0}/sign-off"),
            async c => await c.ReferralStillAsync(await c.AuthorityIdAsync(own: false), ReferralStatus.AwaitingSignOff)),
        new("API: return a referral", "POST-JSON", "/api/v1/referrals/{id:int}/return", Role(Roles.SocialWorker), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), c => c.OtherAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.AwaitingSignOff), "/api/v1/referrals/{0}/return"),
            async c => await c.ReferralStillAsync(await c.AuthorityIdAsync(own: false), ReferralStatus.AwaitingSignOff)),

        // Finance.
        new("Spend by year", "GET", "/finance/spend", s => s.Role is Roles.FinanceOfficer or Roles.Commissioner or Roles.Auditor, CrossOrganisation.NoIds,
            _ => Task.FromResult("/finance/spend?From=2024-25&To=2025-26")),
        new("Highest-cost placements", "GET", "/finance/highest-cost",
            s => s.Role is Roles.Commissioner or Roles.FinanceOfficer or Roles.ContractManager or Roles.Auditor, CrossOrganisation.NoIds,
            _ => Task.FromResult("/finance/highest-cost")),
        new("API: spend", "GET", "/api/v1/finance/spend", s => s.Role is Roles.FinanceOfficer or Roles.Commissioner or Roles.Auditor, CrossOrganisation.NoIds,
            _ => Task.FromResult("/api/v1/finance/spend?from=2024-25&to=2025-26")),

        // UASC grant: an authority's finance officers, administrators (who also set the rates) and auditors (read only).
        new("UASC grant", "GET", "/finance/uasc", UascReader, CrossOrganisation.NoIds, _ => Task.FromResult("/finance/uasc?From=2024-25&To=2025-26")),
        new("UASC grant rates", "GET", "/finance/uasc/rates", UascReader, CrossOrganisation.NoIds, _ => Task.FromResult("/finance/uasc/rates")),
        new("UASC grant rate", "GET", "/finance/uasc/rates/{id:int}", UascRateEditor, CrossOrganisation.Hidden,
            async c => $"/finance/uasc/rates/{await UascRateIdAsync(c, own: true)}", async c => $"/finance/uasc/rates/{await UascRateIdAsync(c, own: false)}"),
        new("Remove a UASC grant rate", "POST", "/finance/uasc/rates/{id:int}?handler=Delete", UascRateEditor, CrossOrganisation.Hidden,
            _ => Task.FromResult(""), // only the trespass is tried: never remove a demo rate
            async c => $"/finance/uasc/rates/{await UascRateIdAsync(c, own: false)}?handler=Delete&version=0",
            async c => { var id = await UascRateIdAsync(c, own: false); return await c.App.WithDbAsync(db => db.UascGrantRates.AnyAsync(r => r.Id == id)); }),
        new("API: UASC grant", "GET", "/api/v1/finance/uasc/grant", UascReader, CrossOrganisation.NoIds,
            _ => Task.FromResult("/api/v1/finance/uasc/grant?from=2024-25&to=2025-26")),
        new("API: UASC grant rates", "GET", "/api/v1/finance/uasc/rates", UascReader, CrossOrganisation.NoIds, _ => Task.FromResult("/api/v1/finance/uasc/rates")),
        new("API: add a UASC grant rate", "POST-JSON", "/api/v1/finance/uasc/rates", UascRateEditor, CrossOrganisation.NoIds,
            _ => Task.FromResult("")), // adds to the signer's own authority only (no ids to trespass with); GrantAndPaymentsTests posts

        // Payments schedule: authority finance officers and auditors see theirs; a provider user sees only its own.
        new("Payments schedule", "GET", "/finance/payments", AnyRole(Roles.FinanceOfficer, Roles.Auditor, Roles.ProviderUser), CrossOrganisation.NoIds,
            _ => Task.FromResult("/finance/payments?Kind=monthly&Start=2025-10-01")),
        new("API: payments schedule", "GET", "/api/v1/finance/payments", AnyRole(Roles.FinanceOfficer, Roles.Auditor, Roles.ProviderUser), CrossOrganisation.NoIds,
            _ => Task.FromResult("/api/v1/finance/payments?kind=four-weekly&start=2025-09-15")),
        // Commitments, forecast and budgets: finance officers and commissioners read their own authority's; finance officers
        // set budgets. The addresses hold no organisation's id: a budget is always the signed-in authority's own.
        new("Commitments", "GET", "/finance/commitments", s => s.Role is Roles.FinanceOfficer or Roles.Commissioner, CrossOrganisation.NoIds,
            _ => Task.FromResult("/finance/commitments")),
        new("Forecast", "GET", "/finance/forecast", s => s.Role is Roles.FinanceOfficer or Roles.Commissioner, CrossOrganisation.NoIds,
            _ => Task.FromResult("/finance/forecast")),
        new("Budgets", "GET", "/finance/budgets", s => s.Role is Roles.FinanceOfficer or Roles.Commissioner, CrossOrganisation.NoIds,
            _ => Task.FromResult("/finance/budgets")),
        new("Set a budget", "GET", "/finance/budgets/{year}/{line}", Role(Roles.FinanceOfficer), CrossOrganisation.NoIds,
            _ => Task.FromResult("/finance/budgets/2024-25/Asylum")),
        new("API: commitments", "GET", "/api/v1/finance/commitments", s => s.Role is Roles.FinanceOfficer or Roles.Commissioner, CrossOrganisation.NoIds,
            _ => Task.FromResult("/api/v1/finance/commitments")),
        new("API: forecast", "GET", "/api/v1/finance/forecast", s => s.Role is Roles.FinanceOfficer or Roles.Commissioner, CrossOrganisation.NoIds,
            _ => Task.FromResult("/api/v1/finance/forecast")),
        new("API: budgets", "GET", "/api/v1/finance/budgets", s => s.Role is Roles.FinanceOfficer or Roles.Commissioner, CrossOrganisation.NoIds,
            _ => Task.FromResult("/api/v1/finance/budgets")),
        new("API: set a budget", "PUT-JSON", "/api/v1/finance/budgets/{year}/{line}", Role(Roles.FinanceOfficer), CrossOrganisation.NoIds,
            _ => Task.FromResult("/api/v1/finance/budgets/2024-25/Asylum")),
        new("Average weekly cost", "GET", "/finance/average-weekly-cost", s => s.Role is Roles.FinanceOfficer or Roles.Commissioner or Roles.Auditor,
            CrossOrganisation.NoIds, _ => Task.FromResult("/finance/average-weekly-cost?Year=2024-25")),
        new("API: average weekly cost", "GET", "/api/v1/finance/average-weekly-cost", s => s.Role is Roles.FinanceOfficer or Roles.Commissioner or Roles.Auditor,
            CrossOrganisation.NoIds, _ => Task.FromResult("/api/v1/finance/average-weekly-cost?year=2024-25")),
        // The joint view is for the parties of a framework only: another authority's own framework is not found.
        new("Sufficiency", "GET", "/finance/sufficiency", s => s.Role is Roles.Commissioner or Roles.FinanceOfficer or Roles.Auditor, CrossOrganisation.NoIds,
            async c => $"/finance/sufficiency?From=2023-24&To=2025-26&Period=quarter&Area={await c.FrameworkIdAsync("KM-IFP-2022")}"),
        new("API: sufficiency", "GET", "/api/v1/finance/sufficiency", s => s.Role is Roles.Commissioner or Roles.FinanceOfficer or Roles.Auditor, CrossOrganisation.Hidden,
            async c => $"/api/v1/finance/sufficiency?from=2023-24&to=2025-26&framework={await c.FrameworkIdAsync("KM-IFP-2022")}",
            async c => $"/api/v1/finance/sufficiency?from=2023-24&to=2025-26&framework={await c.MatrixFrameworkOnlyForAsync(c.OtherOrganisationId)}"),
        // Bidding (the provider portal): provider users only, on published tenders; a bid is always the signer's own (no
        // address names anyone else's), so the trespass is a tender the signer cannot see: a draft of one authority alone.
        new("Tenders to bid for", "GET", "/bidding", Role(Roles.ProviderUser), CrossOrganisation.NoIds, _ => Task.FromResult("/bidding")),
        new("Tender for bidders", "GET", "/bidding/{id:int}", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            async c => $"/bidding/{await c.DemoTenderIdAsync()}", async c => $"/bidding/{await c.OtherTenderIdAsync()}"),
        new("Ask a clarification", "POST", "/bidding/{id:int}?handler=Ask", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), async c => $"/bidding/{await c.OtherTenderIdAsync()}?handler=Ask"),
        new("Own bid for a lot", "GET", "/bidding/{id:int}/lots/{lot:int}", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            async c => $"/bidding/{await c.DemoTenderIdAsync()}/lots/1", async c => $"/bidding/{await c.OtherTenderIdAsync()}/lots/1"),
        new("Save a bid draft", "POST", "/bidding/{id:int}/lots/{lot:int}?handler=Save", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), async c => $"/bidding/{await c.OtherTenderIdAsync()}/lots/1?handler=Save"),
        new("Withdraw a bid", "GET", "/bidding/{id:int}/lots/{lot:int}/withdraw", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            async c => $"/bidding/{await c.DemoTenderIdAsync()}/lots/1/withdraw", async c => $"/bidding/{await c.OtherTenderIdAsync()}/lots/1/withdraw"),
        new("Withdraw a bid (confirm)", "POST", "/bidding/{id:int}/lots/{lot:int}/withdraw", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), async c => $"/bidding/{await c.OtherTenderIdAsync()}/lots/1/withdraw"),
        new("API: tenders", "GET", "/api/v1/tenders", FrameworkReader, CrossOrganisation.NoIds, _ => Task.FromResult("/api/v1/tenders")),
        new("API: tender", "GET", "/api/v1/tenders/{id:int}", FrameworkReader, CrossOrganisation.Hidden,
            async c => $"/api/v1/tenders/{await c.DemoTenderIdAsync()}", async c => $"/api/v1/tenders/{await c.OtherTenderIdAsync()}"),
        new("API: own bid", "GET", "/api/v1/tenders/{id:int}/lots/{lot:int}/bid", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            async c => $"/api/v1/tenders/{await c.DemoTenderIdAsync()}/lots/1/bid", async c => $"/api/v1/tenders/{await c.OtherTenderIdAsync()}/lots/1/bid"),
        new("API: submit own bid", "POST-JSON", "/api/v1/tenders/{id:int}/lots/{lot:int}/bid/submit", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), async c => $"/api/v1/tenders/{await c.OtherTenderIdAsync()}/lots/1/bid/submit"),
        new("API: withdraw own bid", "POST-JSON", "/api/v1/tenders/{id:int}/lots/{lot:int}/bid/withdraw", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), async c => $"/api/v1/tenders/{await c.OtherTenderIdAsync()}/lots/1/bid/withdraw"),
        // Bid files: the provider's own only (the demo tender's own bid, whose file the matrix attaches); another tender's are not found.
        new("Own bid files", "GET", "/bidding/{id:int}/lots/{lot:int}/files", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            async c => $"/bidding/{await c.DemoTenderIdAsync()}/lots/1/files", async c => $"/bidding/{await c.OtherTenderIdAsync()}/lots/1/files"),
        new("Attach a bid file", "POST", "/bidding/{id:int}/lots/{lot:int}/files", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), async c => $"/bidding/{await c.OtherTenderIdAsync()}/lots/1/files"),
        new("Remove a bid file", "POST", "/bidding/{id:int}/lots/{lot:int}/files?handler=Remove", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), async c => $"/bidding/{await c.OtherTenderIdAsync()}/lots/1/files?handler=Remove"),
        new("Download own bid file", "GET", "/bidding/{id:int}/lots/{lot:int}/files/{attachmentId:int}", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            async c => { var t = await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: true), "opened"); return $"/bidding/{t}/lots/1/files/{await c.MatrixAttachmentAsync(t, await c.OwnProviderIdAsync())}"; },
            async c => { var t = await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: true), "opened"); return $"/bidding/{t}/lots/1/files/{await c.MatrixAttachmentAsync(t, await c.RivalProviderIdAsync())}"; }),
        new("Download a submitted bid file", "GET", "/tenders/{id:int}/bids/{bidId:int}/files/{attachmentId:int}", AnyRole(Roles.Commissioner, Roles.ContractManager), CrossOrganisation.Hidden,
            async c => { var t = await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: true), "opened"); var p = await c.ProviderIdAsync(0); return $"/tenders/{t}/bids/{await c.MatrixBidAsync(t, p)}/files/{await c.MatrixAttachmentAsync(t, p)}"; },
            async c => { var t = await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: false), "opened"); var p = await c.ProviderIdAsync(0); return $"/tenders/{t}/bids/{await c.MatrixBidAsync(t, p)}/files/{await c.MatrixAttachmentAsync(t, p)}"; }),
        new("API: own bid files", "GET", "/api/v1/tenders/{id:int}/lots/{lot:int}/bid/attachments", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            async c => $"/api/v1/tenders/{await c.DemoTenderIdAsync()}/lots/1/bid/attachments", async c => $"/api/v1/tenders/{await c.OtherTenderIdAsync()}/lots/1/bid/attachments"),
        new("API: attach a bid file", "POST-JSON", "/api/v1/tenders/{id:int}/lots/{lot:int}/bid/attachments", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), async c => $"/api/v1/tenders/{await c.OtherTenderIdAsync()}/lots/1/bid/attachments"),
        new("API: download own bid file", "GET", "/api/v1/tenders/{id:int}/lots/{lot:int}/bid/attachments/{attachmentId:int}", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            async c => { var t = await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: true), "opened"); return $"/api/v1/tenders/{t}/lots/1/bid/attachments/{await c.MatrixAttachmentAsync(t, await c.OwnProviderIdAsync())}"; },
            async c => { var t = await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: true), "opened"); return $"/api/v1/tenders/{t}/lots/1/bid/attachments/{await c.MatrixAttachmentAsync(t, await c.RivalProviderIdAsync())}"; }),
        new("API: remove a bid file", "DELETE", "/api/v1/tenders/{id:int}/lots/{lot:int}/bid/attachments/{attachmentId:int}", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), async c => { var t = await c.MatrixTenderAsync(await c.AuthorityIdAsync(own: true), "opened"); return $"/api/v1/tenders/{t}/lots/1/bid/attachments/{await c.MatrixAttachmentAsync(t, await c.RivalProviderIdAsync())}"; }),
        new("API: clarifications", "GET", "/api/v1/tenders/{id:int}/clarifications", FrameworkReader, CrossOrganisation.Hidden,
            async c => $"/api/v1/tenders/{await c.DemoTenderIdAsync()}/clarifications", async c => $"/api/v1/tenders/{await c.OtherTenderIdAsync()}/clarifications"),
        new("API: ask a clarification", "POST-JSON", "/api/v1/tenders/{id:int}/clarifications", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), async c => $"/api/v1/tenders/{await c.OtherTenderIdAsync()}/clarifications"),
    ];

    private static bool UascReader(DemoSignIn s) =>
        s.Role is Roles.FinanceOfficer or Roles.Auditor || AuthorityAdministrator(s);

    private static bool UascRateEditor(DemoSignIn s) => s.Role == Roles.FinanceOfficer || AuthorityAdministrator(s);

    private static async Task<int> UascRateIdAsync(ScopeContext c, bool own)
    {
        var authority = await c.AuthorityIdAsync(own);
        return await c.App.WithDbAsync(db => db.UascGrantRates.Where(r => r.AuthorityId == authority).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
    }

    /// <summary>Addresses anyone may open without signing in, or that only ever act on the signed-in person themselves.</summary>
    public static readonly IReadOnlyList<string> Public =
    [
        "/account/sign-in", "/account/invitation/{token}", "/account/external-sign-in", "/accessibility", "/cookies",
        "/error/403", "/error/404", "/error/500", "/error/{code:int}", "/health/live", "/health/ready", "/openapi/{documentName}.json",
        "/api/reference/{documentName?}", "/api/{**rest}",
        // The browsable API reference's own static files.
        "/api/reference/favicon.svg", "/api/reference/scalar.aspnetcore.js", "/api/reference/scalar.js",
    ];

    public static IEnumerable<TheoryDataRow<string, string>> Rows() =>
        from c in Cases from s in DemoData.SignIns select new TheoryDataRow<string, string>(c.Name, s.Email);

    public static bool IsProvider(DemoSignIn s) => s.Organisation is not (DemoData.KentName or DemoData.MedwayName);

    public static OrganisationKind KindOf(DemoSignIn s) => IsProvider(s) ? OrganisationKind.Provider : OrganisationKind.Authority;
}
