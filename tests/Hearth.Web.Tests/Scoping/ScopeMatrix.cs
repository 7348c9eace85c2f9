using Hearth.Domain.Organisations;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Hearth.Web.Tests.Sourcing;
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
    private static bool PlacementViewer(DemoSignIn s) => s.Role is not (Roles.Administrator or Roles.ServiceOperator);

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
        new("Organisations", "GET", "/admin/organisations", AnyRole(Roles.Administrator, Roles.ServiceOperator), CrossOrganisation.NoIds,
            _ => Task.FromResult("/admin/organisations")),
        new("Organisation", "GET", "/admin/organisations/{id:int}", Role(Roles.Administrator), CrossOrganisation.Hidden,
            c => Task.FromResult($"/admin/organisations/{c.OrganisationId}"), c => Task.FromResult($"/admin/organisations/{c.OtherOrganisationId}")),
        new("Change an organisation's details", "POST", "/admin/organisations/{id:int}", Role(Roles.Administrator), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), // only the trespass is tried here; AdministrationScopeTests tries every organisation
            c => Task.FromResult($"/admin/organisations/{c.OtherOrganisationId}?Input.Name=Trespass&Input.ShortName=Trespass"),
            c => c.OrganisationUnchangedAsync(c.OtherOrganisationId)),
        // The service operator's (ADR 0024): adding a provider with its first administrator, and another organisation's
        // status. Every authority and provider is the operator's to open; nobody else's (403 by role).
        new("Add a provider", "GET", "/admin/organisations/new-provider", Role(Roles.ServiceOperator), CrossOrganisation.NoIds,
            _ => Task.FromResult("/admin/organisations/new-provider")),
        new("Organisation status", "GET", "/admin/organisations/{id:int}/status", Role(Roles.ServiceOperator), CrossOrganisation.Shared,
            c => Task.FromResult($"/admin/organisations/{c.OtherOrganisationId}/status"), c => Task.FromResult($"/admin/organisations/{c.OtherOrganisationId}/status")),
        new("Change an organisation's status", "POST", "/admin/organisations/{id:int}/status", Role(Roles.ServiceOperator), CrossOrganisation.NoIds,
            _ => Task.FromResult("")), // OperatorTests changes statuses; AdministrationScopeTests tries it as every administrator
        new("API tokens", "GET", "/admin/api-tokens", Role(Roles.Administrator), CrossOrganisation.NoIds, _ => Task.FromResult("/admin/api-tokens")),
        new("Revoke an API token", "POST", "/admin/api-tokens?handler=Revoke", Role(Roles.Administrator), CrossOrganisation.Hidden,
            async c => $"/admin/api-tokens?handler=Revoke&id={await c.NewTokenInAsync(c.OrganisationId)}",
            async c => $"/admin/api-tokens?handler=Revoke&id={await c.NewTokenInAsync(c.OtherOrganisationId)}",
            c => c.TokenStillActiveAsync(c.LastCreatedId)),
        new("Change a user's roles", "POST", "/admin/users/{id:int}?handler=Roles", Role(Roles.Administrator), CrossOrganisation.Hidden,
            _ => Task.FromResult(""),
            async c => $"/admin/users/{await c.UserIdInAsync(c.OtherOrganisationId)}?handler=Roles&SelectedRoles=Administrator",
            async c => !await c.UserIsAdministratorAsync(await c.UserIdInAsync(c.OtherOrganisationId))),
        new("Send an invitation", "POST", "/admin/users/invite", Role(Roles.Administrator), CrossOrganisation.NoIds,
            _ => Task.FromResult("")), // always into the signer's own organisation; AdministrationScopeTests posts another's id
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
        // Additional costs, funding split and moves (issue 5): the same placement scoping; costs by finance officers and
        // brokers, corrections and the funding split by finance officers, moves by brokers and social workers.
        new("Add a weekly cost", "GET", "/placements/{id:int}/additional-costs/weekly", s => s.Role is Roles.FinanceOfficer or Roles.Broker, CrossOrganisation.Hidden,
            async c => $"/placements/{await c.PlacementIdOfAsync(c.OrganisationId)}/additional-costs/weekly", async c => $"/placements/{await c.PlacementIdOfAsync(c.OtherOrganisationId)}/additional-costs/weekly"),
        new("Add a one-off cost", "GET", "/placements/{id:int}/additional-costs/one-off", s => s.Role is Roles.FinanceOfficer or Roles.Broker, CrossOrganisation.Hidden,
            async c => $"/placements/{await c.PlacementIdOfAsync(c.OrganisationId)}/additional-costs/one-off", async c => $"/placements/{await c.PlacementIdOfAsync(c.OtherOrganisationId)}/additional-costs/one-off"),
        new("Correct an additional cost", "GET", "/placements/{id:int}/additional-costs/{costId:int}/correct", Role(Roles.FinanceOfficer), CrossOrganisation.Hidden,
            async c => $"{await c.MatrixCostPathAsync(c.OrganisationId)}/correct", async c => $"{await c.MatrixCostPathAsync(c.OtherOrganisationId)}/correct"),
        new("Add to the funding split", "GET", "/placements/{id:int}/funding-split", Role(Roles.FinanceOfficer), CrossOrganisation.Hidden,
            async c => $"/placements/{await c.PlacementIdOfAsync(c.OrganisationId)}/funding-split", async c => $"/placements/{await c.PlacementIdOfAsync(c.OtherOrganisationId)}/funding-split"),
        new("Correct the funding split", "GET", "/placements/{id:int}/funding-split/{shareId:int}/correct", Role(Roles.FinanceOfficer), CrossOrganisation.Hidden,
            async c => $"{await c.MatrixSharePathAsync(c.OrganisationId)}/correct", async c => $"{await c.MatrixSharePathAsync(c.OtherOrganisationId)}/correct"),
        new("Remove part of the funding split", "GET", "/placements/{id:int}/funding-split/{shareId:int}/remove", Role(Roles.FinanceOfficer), CrossOrganisation.Hidden,
            async c => $"{await c.MatrixSharePathAsync(c.OrganisationId)}/remove", async c => $"{await c.MatrixSharePathAsync(c.OtherOrganisationId)}/remove"),
        new("Move the child", "GET", "/placements/{id:int}/move", s => s.Role is Roles.Broker or Roles.SocialWorker, CrossOrganisation.Hidden,
            async c => $"/placements/{await c.PlacementIdOfAsync(c.OrganisationId)}/move", async c => $"/placements/{await c.PlacementIdOfAsync(c.OtherOrganisationId)}/move"),
        new("API: placement costs", "GET", "/api/v1/placements/{id:int}/costs", PlacementViewer, CrossOrganisation.Hidden,
            async c => $"/api/v1/placements/{await c.PlacementIdOfAsync(c.OrganisationId)}/costs", async c => $"/api/v1/placements/{await c.PlacementIdOfAsync(c.OtherOrganisationId)}/costs"),
        new("API: add an additional cost", "POST-JSON", "/api/v1/placements/{id:int}/additional-costs", s => s.Role is Roles.FinanceOfficer or Roles.Broker, CrossOrganisation.Hidden,
            _ => Task.FromResult(""), async c => $"/api/v1/placements/{await c.PlacementIdOfAsync(c.OtherOrganisationId)}/additional-costs"),
        new("API: correct an additional cost", "POST-JSON", "/api/v1/placements/{id:int}/additional-costs/{costId:int}/correction", Role(Roles.FinanceOfficer), CrossOrganisation.Hidden,
            _ => Task.FromResult(""),
            async c => $"/api/v1{await c.MatrixCostPathAsync(c.OtherOrganisationId)}/correction",
            c => c.MatrixCostUnchangedAsync(c.OtherOrganisationId)),
        new("API: add to the funding split", "POST-JSON", "/api/v1/placements/{id:int}/funding-split", Role(Roles.FinanceOfficer), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), async c => $"/api/v1/placements/{await c.PlacementIdOfAsync(c.OtherOrganisationId)}/funding-split"),
        new("API: correct the funding split", "POST-JSON", "/api/v1/placements/{id:int}/funding-split/{shareId:int}/correction", Role(Roles.FinanceOfficer), CrossOrganisation.Hidden,
            _ => Task.FromResult(""),
            async c => $"/api/v1{await c.MatrixSharePathAsync(c.OtherOrganisationId)}/correction",
            c => c.MatrixShareUnchangedAsync(c.OtherOrganisationId)),
        new("API: remove part of the funding split", "POST-JSON", "/api/v1/placements/{id:int}/funding-split/{shareId:int}/removal", Role(Roles.FinanceOfficer), CrossOrganisation.Hidden,
            _ => Task.FromResult(""),
            async c => $"/api/v1{await c.MatrixSharePathAsync(c.OtherOrganisationId)}/removal",
            c => c.MatrixShareUnchangedAsync(c.OtherOrganisationId)),
        new("API: move the child", "POST-JSON", "/api/v1/placements/{id:int}/move", s => s.Role is Roles.Broker or Roles.SocialWorker, CrossOrganisation.Hidden,
            _ => Task.FromResult(""), async c => $"/api/v1/placements/{await c.PlacementIdOfAsync(c.OtherOrganisationId)}/move"),
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

        // Call-offs (ADR 0017): brokers record the in-house search and send referrals; managers override for emergencies;
        // providers see only call-offs they were asked, anonymised; administrators see their organisation's outbox.
        new("In-house search outcome", "GET", "/referrals/{id:int}/in-house-outcome", AnyRole(Roles.Broker, Roles.SocialWorker), CrossOrganisation.Hidden,
            c => c.OwnAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.SignedOff), "/referrals/{0}/in-house-outcome"),
            c => c.OtherAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.SignedOff), "/referrals/{0}/in-house-outcome")),
        new("Record the in-house search outcome", "POST", "/referrals/{id:int}/in-house-outcome", AnyRole(Roles.Broker, Roles.SocialWorker), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), c => c.OtherAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.SignedOff), "/referrals/{0}/in-house-outcome?Input.Reason=NoCapacity")), // the override handler loads the same way
        new("Call-offs", "GET", "/call-offs", Role(Roles.Broker), CrossOrganisation.NoIds, _ => Task.FromResult("/call-offs")),
        new("Decline reasons", "GET", "/call-offs/decline-reasons", AnyRole(Roles.Broker, Roles.Commissioner), CrossOrganisation.NoIds, _ => Task.FromResult("/call-offs/decline-reasons")),
        new("Send a referral to providers", "GET", "/call-offs/send", Role(Roles.Broker), CrossOrganisation.Hidden,
            c => c.OwnAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.SignedOff), "/call-offs/send?referralId={0}"),
            c => c.OtherAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.SignedOff), "/call-offs/send?referralId={0}")),
        new("Send a referral to providers (confirm)", "POST", "/call-offs/send", Role(Roles.Broker), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), c => c.OtherAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.SignedOff), "/call-offs/send?referralId={0}&LotNumber=1")),
        new("Call-off", "GET", "/call-offs/{id:int}", Role(Roles.Broker), CrossOrganisation.Hidden,
            c => c.OwnAsync(a => c.DemoCallOffOfAsync(a), "/call-offs/{0}"), c => c.OtherAsync(a => c.DemoCallOffOfAsync(a), "/call-offs/{0}")),
        new("Close a call-off", "POST", "/call-offs/{id:int}?handler=Close", Role(Roles.Broker), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), c => c.OtherAsync(a => c.DemoCallOffOfAsync(a), "/call-offs/{0}?handler=Close&Input.ClosedReason=x"),
            async c => await c.CallOffStillOpenAsync(await c.AuthorityIdAsync(own: false))),
        new("Offers above the framework price", "GET", "/call-offs/{id:int}/approvals", AnyRole(Roles.Broker, Roles.SocialWorker), CrossOrganisation.Hidden,
            c => c.OwnAsync(a => c.DemoCallOffOfAsync(a), "/call-offs/{0}/approvals"), c => c.OtherAsync(a => c.DemoCallOffOfAsync(a), "/call-offs/{0}/approvals")),
        new("Approve an offer above the framework price", "POST", "/call-offs/{id:int}/approvals", AnyRole(Roles.Broker, Roles.SocialWorker), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), c => c.OtherAsync(a => c.DemoCallOffOfAsync(a), "/call-offs/{0}/approvals?Input.OfferId=1&Input.Reason=x")),
        new("Referrals to answer", "GET", "/provider/referrals", Role(Roles.ProviderUser), CrossOrganisation.NoIds, _ => Task.FromResult("/provider/referrals")),
        new("Referral to answer", "GET", "/provider/referrals/{id:int}", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            c => c.ProviderOwnAsync("/provider/referrals/{0}"), c => c.ProviderOtherAsync("/provider/referrals/{0}")),
        // One case for the page's three answers (offer, decline, withdraw): each handler loads the call-off the same way.
        new("Answer a referral", "POST", "/provider/referrals/{id:int}?handler=Decline", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), c => c.ProviderOtherAsync("/provider/referrals/{0}?handler=Decline&Input.DeclineReason=Other&Input.DeclineDetails=x")),
        new("Outbox", "GET", "/admin/outbox", Role(Roles.Administrator), CrossOrganisation.NoIds, _ => Task.FromResult("/admin/outbox")),
        // Response deadlines (ADR 0023): the signer's own authority only, so there are no ids to trespass with.
        new("Response deadlines", "GET", "/call-offs/deadlines", s => s.Role is Roles.Broker or Roles.Commissioner || AuthorityAdministrator(s),
            CrossOrganisation.NoIds, _ => Task.FromResult("/call-offs/deadlines")),
        new("Change response deadlines", "POST", "/call-offs/deadlines", s => s.Role == Roles.Commissioner || AuthorityAdministrator(s),
            CrossOrganisation.NoIds, _ => Task.FromResult("")), // DeadlinesAndCascadeTests changes Medway's
        new("API: response deadlines", "GET", "/api/v1/call-offs/deadlines", s => s.Role is Roles.Broker or Roles.Commissioner || AuthorityAdministrator(s),
            CrossOrganisation.NoIds, _ => Task.FromResult("/api/v1/call-offs/deadlines")),
        new("API: change response deadlines", "PUT-JSON", "/api/v1/call-offs/deadlines", s => s.Role == Roles.Commissioner || AuthorityAdministrator(s),
            CrossOrganisation.NoIds, _ => Task.FromResult("/api/v1/call-offs/deadlines")),
        new("Offers waiting for approval", "GET", "/call-offs/approvals", AnyRole(Roles.Broker, Roles.SocialWorker), CrossOrganisation.NoIds,
            _ => Task.FromResult("/call-offs/approvals")),
        new("API: call-offs", "GET", "/api/v1/call-offs", Role(Roles.Broker), CrossOrganisation.NoIds, _ => Task.FromResult("/api/v1/call-offs")),
        new("API: call-off", "GET", "/api/v1/call-offs/{id:int}", Role(Roles.Broker), CrossOrganisation.Hidden,
            c => c.OwnAsync(a => c.DemoCallOffOfAsync(a), "/api/v1/call-offs/{0}"), c => c.OtherAsync(a => c.DemoCallOffOfAsync(a), "/api/v1/call-offs/{0}")),
        new("API: send a call-off", "POST-JSON", "/api/v1/call-offs", Role(Roles.Broker), CrossOrganisation.NoIds, _ => Task.FromResult("")),
        new("API: in-house outcomes", "GET", "/api/v1/call-offs/in-house-outcomes/{referralId:int}", Role(Roles.Broker), CrossOrganisation.Hidden,
            c => c.OwnAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.SignedOff), "/api/v1/call-offs/in-house-outcomes/{0}"),
            c => c.OtherAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.SignedOff), "/api/v1/call-offs/in-house-outcomes/{0}")),
        new("API: record an in-house outcome", "POST-JSON", "/api/v1/call-offs/in-house-outcomes/{referralId:int}", AnyRole(Roles.Broker, Roles.SocialWorker), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), c => c.OtherAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.SignedOff), "/api/v1/call-offs/in-house-outcomes/{0}")),
        new("API: provider referrals", "GET", "/api/v1/provider/referrals", Role(Roles.ProviderUser), CrossOrganisation.NoIds, _ => Task.FromResult("/api/v1/provider/referrals")),
        new("API: provider referral", "GET", "/api/v1/provider/referrals/{id:int}", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
            c => c.ProviderOwnAsync("/api/v1/provider/referrals/{0}"), c => c.ProviderOtherAsync("/api/v1/provider/referrals/{0}")),
        .. new[] { "offer", "decline", "withdraw" }.Select(action =>
            new ScopeCase($"API: provider referral {action}", "POST-JSON", $"/api/v1/provider/referrals/{{id:int}}/{action}", Role(Roles.ProviderUser), CrossOrganisation.Hidden,
                _ => Task.FromResult(""), c => c.ProviderOtherAsync($"/api/v1/provider/referrals/{{0}}/{action}"))),
        // Selection and award (issue 4 items 8–11): brokers compare and choose on signed-off referrals; brokers, commissioners
        // and auditors read the frozen decision; the IPA also reaches the chosen provider; commissioners approve spot purchases.
        new("Selection", "GET", "/referrals/{id:int}/selection", Role(Roles.Broker), CrossOrganisation.Hidden,
            c => c.OwnAsync(a => SourcingArrange.MatrixReferralAsync(c.App, a), "/referrals/{0}/selection"),
            c => c.OtherAsync(a => SourcingArrange.MatrixReferralAsync(c.App, a), "/referrals/{0}/selection")),
        new("Choose an option", "POST", "/referrals/{id:int}/selection", Role(Roles.Broker), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), // only the trespass is tried: choosing freezes a record
            c => c.OtherAsync(a => SourcingArrange.MatrixReferralAsync(c.App, a), "/referrals/{0}/selection?Input.ChosenKey=inhouse-1&Input.Rationale=Trespassing+on+another+authority"),
            async c => await SourcingArrange.NoDecisionAsync(c.App, await SourcingArrange.MatrixReferralAsync(c.App, await c.AuthorityIdAsync(own: false)))),
        new("Open a spot purchase", "GET", "/referrals/{id:int}/spot-purchase", Role(Roles.Broker), CrossOrganisation.Hidden,
            c => c.OwnAsync(a => SourcingArrange.MatrixReferralAsync(c.App, a), "/referrals/{0}/spot-purchase"),
            c => c.OtherAsync(a => SourcingArrange.MatrixReferralAsync(c.App, a), "/referrals/{0}/spot-purchase")),
        new("Open a spot purchase (save)", "POST", "/referrals/{id:int}/spot-purchase", Role(Roles.Broker), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), c => c.OtherAsync(a => SourcingArrange.MatrixReferralAsync(c.App, a), "/referrals/{0}/spot-purchase")),
        new("Call-off decision", "GET", "/call-off-decisions/{id:int}", AnyRole(Roles.Broker, Roles.Commissioner, Roles.Auditor), CrossOrganisation.Hidden,
            c => c.OwnAsync(a => SourcingArrange.MatrixDecisionAsync(c.App, a), "/call-off-decisions/{0}"),
            c => c.OtherAsync(a => SourcingArrange.MatrixDecisionAsync(c.App, a), "/call-off-decisions/{0}")),
        new("Individual Placement Agreement", "GET", "/call-off-decisions/{id:int}/ipa", AnyRole(Roles.Broker, Roles.Commissioner, Roles.Auditor, Roles.ProviderUser),
            CrossOrganisation.Hidden,
            c => c.OwnAsync(a => SourcingArrange.MatrixDecisionAsync(c.App, a), "/call-off-decisions/{0}/ipa"),
            c => c.OtherAsync(a => SourcingArrange.MatrixDecisionAsync(c.App, a), "/call-off-decisions/{0}/ipa")),
        new("Spot purchases", "GET", "/spot-purchases", AnyRole(Roles.Commissioner, Roles.Auditor, Roles.Broker), CrossOrganisation.NoIds,
            _ => Task.FromResult("/spot-purchases")),
        new("Spot purchase", "GET", "/spot-purchases/{id:int}", AnyRole(Roles.Commissioner, Roles.Auditor, Roles.Broker), CrossOrganisation.Hidden,
            c => c.OwnAsync(a => SourcingArrange.MatrixSpotAsync(c.App, a), "/spot-purchases/{0}"),
            c => c.OtherAsync(a => SourcingArrange.MatrixSpotAsync(c.App, a), "/spot-purchases/{0}")),
        new("Approve a spot purchase", "POST", "/spot-purchases/{id:int}", Role(Roles.Commissioner), CrossOrganisation.Hidden,
            _ => Task.FromResult(""),
            c => c.OtherAsync(a => SourcingArrange.MatrixSpotAsync(c.App, a), "/spot-purchases/{0}?Input.ApprovalReason=Trespass&Input.Version=0"),
            async c => await SourcingArrange.SpotStillAwaitingAsync(c.App, await SourcingArrange.MatrixSpotAsync(c.App, await c.AuthorityIdAsync(own: false)))),
        new("Change key service line or funding", "GET", "/placements/{id:int}/coding", Role(Roles.FinanceOfficer), CrossOrganisation.Hidden,
            async c => $"/placements/{await c.PlacementIdOfAsync(c.OrganisationId)}/coding", async c => $"/placements/{await c.PlacementIdOfAsync(c.OtherOrganisationId)}/coding"),
        new("API: selection options", "GET", "/api/v1/referrals/{id:int}/options", Role(Roles.Broker), CrossOrganisation.Hidden,
            c => c.OwnAsync(a => SourcingArrange.MatrixReferralAsync(c.App, a), "/api/v1/referrals/{0}/options"),
            c => c.OtherAsync(a => SourcingArrange.MatrixReferralAsync(c.App, a), "/api/v1/referrals/{0}/options")),
        new("API: choose an option", "POST-JSON", "/api/v1/referrals/{id:int}/decision", Role(Roles.Broker), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), c => c.OtherAsync(a => SourcingArrange.MatrixReferralAsync(c.App, a), "/api/v1/referrals/{0}/decision"),
            async c => await SourcingArrange.NoDecisionAsync(c.App, await SourcingArrange.MatrixReferralAsync(c.App, await c.AuthorityIdAsync(own: false)))),
        new("API: open a spot purchase", "POST-JSON", "/api/v1/referrals/{id:int}/spot-purchases", Role(Roles.Broker), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), c => c.OtherAsync(a => SourcingArrange.MatrixReferralAsync(c.App, a), "/api/v1/referrals/{0}/spot-purchases")),
        new("API: call-off decision", "GET", "/api/v1/call-off-decisions/{id:int}", AnyRole(Roles.Broker, Roles.Commissioner, Roles.Auditor), CrossOrganisation.Hidden,
            c => c.OwnAsync(a => SourcingArrange.MatrixDecisionAsync(c.App, a), "/api/v1/call-off-decisions/{0}"),
            c => c.OtherAsync(a => SourcingArrange.MatrixDecisionAsync(c.App, a), "/api/v1/call-off-decisions/{0}")),
        new("API: Individual Placement Agreement", "GET", "/api/v1/call-off-decisions/{id:int}/ipa",
            AnyRole(Roles.Broker, Roles.Commissioner, Roles.Auditor, Roles.ProviderUser), CrossOrganisation.Hidden,
            c => c.OwnAsync(a => SourcingArrange.MatrixDecisionAsync(c.App, a), "/api/v1/call-off-decisions/{0}/ipa"),
            c => c.OtherAsync(a => SourcingArrange.MatrixDecisionAsync(c.App, a), "/api/v1/call-off-decisions/{0}/ipa")),
        new("API: spot purchases", "GET", "/api/v1/spot-purchases", AnyRole(Roles.Commissioner, Roles.Auditor, Roles.Broker), CrossOrganisation.NoIds,
            _ => Task.FromResult("/api/v1/spot-purchases")),
        new("API: approve a spot purchase", "POST-JSON", "/api/v1/spot-purchases/{id:int}/approve", Role(Roles.Commissioner), CrossOrganisation.Hidden,
            _ => Task.FromResult(""), c => c.OtherAsync(a => SourcingArrange.MatrixSpotAsync(c.App, a), "/api/v1/spot-purchases/{0}/approve"),
            async c => await SourcingArrange.SpotStillAwaitingAsync(c.App, await SourcingArrange.MatrixSpotAsync(c.App, await c.AuthorityIdAsync(own: false)))),

        // Finance.
        new("Finance", "GET", "/finance", AnyRole(Roles.FinanceOfficer, Roles.Commissioner, Roles.Auditor, Roles.ContractManager, Roles.ProviderUser),
            CrossOrganisation.NoIds, _ => Task.FromResult("/finance")),
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
        // Commitments, forecast and budgets: finance officers, commissioners and auditors read their own authority's; finance officers
        // set budgets. The addresses hold no organisation's id: a budget is always the signed-in authority's own.
        new("Commitments", "GET", "/finance/commitments", s => s.Role is Roles.FinanceOfficer or Roles.Commissioner or Roles.Auditor, CrossOrganisation.NoIds,
            _ => Task.FromResult("/finance/commitments")),
        new("Forecast", "GET", "/finance/forecast", s => s.Role is Roles.FinanceOfficer or Roles.Commissioner or Roles.Auditor, CrossOrganisation.NoIds,
            _ => Task.FromResult("/finance/forecast")),
        new("Budgets", "GET", "/finance/budgets", s => s.Role is Roles.FinanceOfficer or Roles.Commissioner or Roles.Auditor, CrossOrganisation.NoIds,
            _ => Task.FromResult("/finance/budgets")),
        new("Set a budget", "GET", "/finance/budgets/{year}/{line}", Role(Roles.FinanceOfficer), CrossOrganisation.NoIds,
            _ => Task.FromResult("/finance/budgets/2024-25/Asylum")),
        new("API: commitments", "GET", "/api/v1/finance/commitments", s => s.Role is Roles.FinanceOfficer or Roles.Commissioner or Roles.Auditor, CrossOrganisation.NoIds,
            _ => Task.FromResult("/api/v1/finance/commitments")),
        new("API: forecast", "GET", "/api/v1/finance/forecast", s => s.Role is Roles.FinanceOfficer or Roles.Commissioner or Roles.Auditor, CrossOrganisation.NoIds,
            _ => Task.FromResult("/api/v1/finance/forecast")),
        new("API: budgets", "GET", "/api/v1/finance/budgets", s => s.Role is Roles.FinanceOfficer or Roles.Commissioner or Roles.Auditor, CrossOrganisation.NoIds,
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

        // An authority's commissioning power over providers (ADR 0024): its own suspensions only; another authority's are not found.
        new("Provider suspensions", "GET", "/provider-suspensions", SuspensionReader, CrossOrganisation.NoIds, _ => Task.FromResult("/provider-suspensions")),
        new("Suspend a provider", "POST", "/provider-suspensions", SuspensionChanger, CrossOrganisation.NoIds,
            _ => Task.FromResult("")), // always the signer's own authority; ProviderSuspensionTests suspends
        new("Provider suspension", "GET", "/provider-suspensions/{id:int}", SuspensionChanger, CrossOrganisation.Hidden,
            async c => $"/provider-suspensions/{await c.MatrixSuspensionInAsync(await c.AuthorityIdAsync(own: true))}",
            async c => $"/provider-suspensions/{await c.MatrixSuspensionInAsync(await c.AuthorityIdAsync(own: false))}"),
        new("Reinstate a provider", "POST", "/provider-suspensions/{id:int}", SuspensionChanger, CrossOrganisation.Hidden,
            _ => Task.FromResult(""),
            async c => $"/provider-suspensions/{await c.MatrixSuspensionInAsync(await c.AuthorityIdAsync(own: false))}?Input.Reason=Trespass&Input.Version=1",
            async c => await c.SuspensionInForceAsync(await c.MatrixSuspensionInAsync(await c.AuthorityIdAsync(own: false)))),
        new("API: provider suspensions", "GET", "/api/v1/provider-suspensions", SuspensionReader, CrossOrganisation.NoIds,
            _ => Task.FromResult("/api/v1/provider-suspensions")),
        new("API: suspend a provider", "POST-JSON", "/api/v1/provider-suspensions", SuspensionChanger, CrossOrganisation.NoIds,
            _ => Task.FromResult("")), // always the signer's own authority; ProviderSuspensionTests posts
        new("API: provider suspension", "GET", "/api/v1/provider-suspensions/{id:int}", SuspensionReader, CrossOrganisation.Hidden,
            async c => $"/api/v1/provider-suspensions/{await c.MatrixSuspensionInAsync(await c.AuthorityIdAsync(own: true))}",
            async c => $"/api/v1/provider-suspensions/{await c.MatrixSuspensionInAsync(await c.AuthorityIdAsync(own: false))}"),
        new("API: reinstate a provider", "POST-JSON", "/api/v1/provider-suspensions/{id:int}/reinstatement", SuspensionChanger, CrossOrganisation.Hidden,
            _ => Task.FromResult(""),
            async c => $"/api/v1/provider-suspensions/{await c.MatrixSuspensionInAsync(await c.AuthorityIdAsync(own: false))}/reinstatement",
            async c => await c.SuspensionInForceAsync(await c.MatrixSuspensionInAsync(await c.AuthorityIdAsync(own: false)))),

        // Vacancy register (issue 4): each organisation keeps its own households; in-house search for brokers; weights and centroids.
        new("Carer households", "GET", "/households", HouseholdKeeper, CrossOrganisation.NoIds, _ => Task.FromResult("/households")),
        new("Confirm households in bulk", "POST", "/households?handler=Confirm", HouseholdKeeper, CrossOrganisation.Hidden,
            _ => Task.FromResult(""), // only the trespass is tried: another organisation's id is not found, nothing confirmed
            async c => $"/households?handler=Confirm&Selected={await c.HouseholdOfAsync(c.OtherOrganisationId)}"),
        new("Carer household", "GET", "/households/{id:int}", HouseholdKeeper, CrossOrganisation.Hidden,
            async c => $"/households/{await c.HouseholdOfAsync(c.OrganisationId)}", async c => $"/households/{await c.HouseholdOfAsync(c.OtherOrganisationId)}"),
        new("Save a carer household", "POST", "/households/{id:int}", HouseholdKeeper, CrossOrganisation.Hidden,
            _ => Task.FromResult(""), async c => $"/households/{await c.HouseholdOfAsync(c.OtherOrganisationId)}"),
        new("Confirm a carer household", "POST", "/households/{id:int}?handler=Confirm", HouseholdKeeper, CrossOrganisation.Hidden,
            _ => Task.FromResult(""), async c => $"/households/{await c.HouseholdOfAsync(c.OtherOrganisationId)}?handler=Confirm"),
        new("API: carer households", "GET", "/api/v1/households", HouseholdKeeper, CrossOrganisation.NoIds, _ => Task.FromResult("/api/v1/households")),
        new("API: carer household", "GET", "/api/v1/households/{id:int}", HouseholdKeeper, CrossOrganisation.Hidden,
            async c => $"/api/v1/households/{await c.HouseholdOfAsync(c.OrganisationId)}", async c => $"/api/v1/households/{await c.HouseholdOfAsync(c.OtherOrganisationId)}"),
        new("API: update a carer household", "PUT-JSON", "/api/v1/households/{id:int}", HouseholdKeeper, CrossOrganisation.Hidden,
            _ => Task.FromResult(""), async c => $"/api/v1/households/{await c.HouseholdOfAsync(c.OtherOrganisationId)}"),
        new("API: confirm carer households", "POST-JSON", "/api/v1/households/confirm", HouseholdKeeper, CrossOrganisation.NoIds,
            _ => Task.FromResult("")), // the signer's own households only (another's id: 404); HouseholdRegisterTests posts
        new("In-house search", "GET", "/referrals/{id:int}/in-house-matches", Role(Roles.Broker), CrossOrganisation.Hidden,
            c => c.OwnAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.SignedOff), "/referrals/{0}/in-house-matches"),
            c => c.OtherAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.SignedOff), "/referrals/{0}/in-house-matches")),
        new("API: in-house matches", "GET", "/api/v1/referrals/{id:int}/in-house-matches", Role(Roles.Broker), CrossOrganisation.Hidden,
            c => c.OwnAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.SignedOff), "/api/v1/referrals/{0}/in-house-matches"),
            c => c.OtherAsync(a => c.DemoReferralOfAsync(a, ReferralStatus.SignedOff), "/api/v1/referrals/{0}/in-house-matches")),
        new("Match weights", "GET", "/admin/match-weights", s => s.Role == Roles.Commissioner || AuthorityAdministrator(s), CrossOrganisation.NoIds,
            _ => Task.FromResult("/admin/match-weights")),
        new("Save match weights", "POST", "/admin/match-weights", s => s.Role == Roles.Commissioner || AuthorityAdministrator(s), CrossOrganisation.NoIds,
            _ => Task.FromResult("")), // the signer's own authority only; MatchWeightsTests saves
        new("Postcode district centroids", "GET", "/admin/postcode-districts", s => AuthorityAdministrator(s) || s.Role == Roles.ServiceOperator, CrossOrganisation.NoIds,
            _ => Task.FromResult("/admin/postcode-districts")),
        new("Import a postcode gazetteer", "POST", "/admin/postcode-districts", Role(Roles.ServiceOperator), CrossOrganisation.NoIds,
            _ => Task.FromResult("")), // reference data, not an organisation's; PostcodeDistrictsTests imports

        // Adding households (the owner is always the signer's organisation) and the authority's area (ADR 0022).
        new("Add a household", "GET", "/households/new", HouseholdKeeper, CrossOrganisation.NoIds, _ => Task.FromResult("/households/new")),
        new("Save a new household", "POST", "/households/new", HouseholdKeeper, CrossOrganisation.NoIds,
            _ => Task.FromResult("")), // always the signer's own organisation; HouseholdAddTests adds
        new("API: add a carer household", "POST-JSON", "/api/v1/households", HouseholdKeeper, CrossOrganisation.NoIds,
            _ => Task.FromResult("")), // always the signer's own organisation; HouseholdAddTests posts
        new("Your authority's area", "GET", "/admin/area", AuthorityAdministrator, CrossOrganisation.NoIds, _ => Task.FromResult("/admin/area")),
        new("Save the authority's area", "POST", "/admin/area", AuthorityAdministrator, CrossOrganisation.NoIds,
            _ => Task.FromResult("")), // the signer's own authority only; HouseholdAddTests saves
        new("API: your authority's area", "GET", "/api/v1/area", AuthorityAdministrator, CrossOrganisation.NoIds, _ => Task.FromResult("/api/v1/area")),
        new("API: replace your authority's area", "PUT-JSON", "/api/v1/area", AuthorityAdministrator, CrossOrganisation.NoIds,
            _ => Task.FromResult("/api/v1/area")), // {} is 400: nothing changed; AreaApiTests replaces
    ];

    private static bool SuspensionReader(DemoSignIn s) => s.Role is Roles.Commissioner or Roles.ContractManager or Roles.Auditor;
    private static bool SuspensionChanger(DemoSignIn s) => s.Role == Roles.Commissioner;

    private static bool HouseholdKeeper(DemoSignIn s) => s.Role is Roles.Broker or Roles.Administrator or Roles.ProviderUser;

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
        // The signed-in person's own session: its time left, and "Stay signed in" (ADR 0026).
        "/account/session",
        "/error/403", "/error/404", "/error/500", "/error/{code:int}", "/health/live", "/health/ready", "/openapi/{documentName}.json",
        "/api/reference/{documentName?}",
        // The browsable API reference's own static files.
        "/api/reference/favicon.svg", "/api/reference/scalar.aspnetcore.js", "/api/reference/scalar.js",
    ];

    public static IEnumerable<TheoryDataRow<string, string>> Rows() =>
        from c in Cases from s in DemoData.SignIns select new TheoryDataRow<string, string>(c.Name, s.Email);

    public static bool IsProvider(DemoSignIn s) => KindOf(s) == OrganisationKind.Provider;

    public static OrganisationKind KindOf(DemoSignIn s) => s.Organisation switch
    {
        DemoData.KentName or DemoData.MedwayName => OrganisationKind.Authority,
        ServiceOperator.DefaultName => OrganisationKind.Operator,
        _ => OrganisationKind.Provider,
    };
}
