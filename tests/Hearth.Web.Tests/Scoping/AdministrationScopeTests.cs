using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Hearth.Domain.Organisations;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Scoping;

/// <summary>
/// Administration stays inside its organisation (issue 12, ADR 0024): every administrative action, by every kind of
/// administrator (an authority's, a provider's, the service operator), on every other organisation (the other authority,
/// the demo provider, a provider with nobody on Hearth, the service operator). Each is tried with the other organisation's
/// real ids and with ids that do not exist: the two answers must be the same (status and text), and nothing of the other
/// organisation may change. The service operator's own powers over other organisations (status, first administrator) are
/// OperatorTests'.
/// </summary>
public sealed partial class AdministrationScopeTests(DemoApp app)
{
    private const int Missing = 987_654_321;

    /// <summary>An administrative request: its address and form, built for a target organisation's ids (or missing ones).</summary>
    public sealed record AdminAction(string Name, string Method, Func<Ids, string> Url, Func<Ids, Dictionary<string, string>>? Form = null,
        bool OperatorMayDoIt = false, bool NeedsAuthorityTarget = false);

    /// <summary>The ids an action uses: the target organisation's records, or ids that do not exist.</summary>
    public sealed record Ids(int Organisation, int User, int Invitation, int Token, int Household, int Rate, string Email);

    public static readonly IReadOnlyList<AdminAction> Actions =
    [
        new("View a user", "GET", i => $"/admin/users/{i.User}"),
        new("Change a user's roles", "POST", i => $"/admin/users/{i.User}?handler=Roles", _ => new() { ["SelectedRoles"] = Roles.Administrator }),
        new("Disable a user", "POST", i => $"/admin/users/{i.User}?handler=Disable&disable=true"),
        new("Unlock a user", "POST", i => $"/admin/users/{i.User}?handler=Unlock"),
        new("Withdraw an invitation", "POST", i => $"/admin/users?handler=Withdraw&id={i.Invitation}"),
        // The attack of issue 12: an invitation with another organisation's id in the form (there is no such field any more).
        new("Invite someone into the organisation", "POST", _ => "/admin/users/invite", i => new()
        {
            ["Input.DisplayName"] = "Trespasser", ["Input.Email"] = i.Email, ["Input.OrganisationId"] = Id(i.Organisation),
            ["OrganisationId"] = Id(i.Organisation), ["Input.Roles"] = Roles.Administrator,
        }),
        new("Revoke an API token", "POST", i => $"/admin/api-tokens?handler=Revoke&id={i.Token}"),
        new("Create an API token for the organisation", "POST", i => $"/admin/api-tokens?handler=Create&organisationId={i.Organisation}", i => new()
        {
            ["Input.Name"] = "Trespass " + i.Email, ["Input.OrganisationId"] = Id(i.Organisation), ["OrganisationId"] = Id(i.Organisation),
        }),
        new("View the organisation's details", "GET", i => $"/admin/organisations/{i.Organisation}"),
        new("Rename or suspend the organisation", "POST", i => $"/admin/organisations/{i.Organisation}", _ => new()
        {
            ["Input.Name"] = "Trespass Limited", ["Input.ShortName"] = "Trespass", ["Input.Status"] = nameof(OrganisationStatus.Suspended),
            ["Input.OnsCode"] = "E10000099", ["Input.ElectoralDivisions"] = "10", ["Input.BrandColour"] = "#000000", ["Input.OfstedUrn"] = "SC999999",
            ["Input.Sector"] = nameof(ProviderSector.Private), ["Input.RegisteredOffice"] = "Nowhere", ["Input.Version"] = "0",
        }),
        new("Suspend or close the organisation", "POST", i => $"/admin/organisations/{i.Organisation}/status", _ => new()
        {
            ["Input.Status"] = nameof(OrganisationStatus.Closed), ["Input.Version"] = "0",
        }, OperatorMayDoIt: true),
        new("View the organisation's status", "GET", i => $"/admin/organisations/{i.Organisation}/status", OperatorMayDoIt: true),
        new("Invite the organisation's first administrator", "POST", i => $"/admin/organisations/{i.Organisation}/status?handler=Invite", i => new()
        {
            ["Invite.AdministratorName"] = "Trespasser", ["Invite.AdministratorEmail"] = i.Email,
        }, OperatorMayDoIt: true),
        new("Read the outbox", "GET", i => $"/admin/outbox?organisationId={i.Organisation}"),
        new("View a carer household", "GET", i => $"/households/{i.Household}"),
        new("Change a carer household", "POST", i => $"/households/{i.Household}", _ => new() { ["Input.Reference"] = "TRESPASS" }),
        new("View a UASC grant rate", "GET", i => $"/finance/uasc/rates/{i.Rate}", NeedsAuthorityTarget: true),
        new("Remove a UASC grant rate", "POST", i => $"/finance/uasc/rates/{i.Rate}?handler=Delete&version=0", NeedsAuthorityTarget: true),
        new("Add a provider", "POST", _ => "/admin/organisations/new-provider", i => new()
        {
            ["Input.Name"] = "Trespass " + i.Email, ["Input.ShortName"] = "Trespass", ["Input.OfstedUrn"] = "SC" + (i.Organisation % 1_000_000).ToString("000000"),
            ["Input.Sector"] = nameof(ProviderSector.Private), ["Input.RegisteredOffice"] = "Nowhere", ["Input.AdministratorName"] = "Trespasser",
            ["Input.AdministratorEmail"] = i.Email,
        }, OperatorMayDoIt: true),
    ];

    /// <summary>The administrators: an authority's (both), the demo provider's, and the service operator.</summary>
    private static readonly string[] Administrators =
        ["administrator@kent.example", "administrator@medway.example", "administrator@brackenfold.example", DemoData.OperatorEmail];

    /// <summary>The organisations to trespass on, by a name the rows carry: every kind there is.</summary>
    private static readonly string[] Targets = [DemoData.KentName, DemoData.MedwayName, "Demo provider", "Another provider", ServiceOperator.DefaultName];

    public static IEnumerable<TheoryDataRow<string, string, string>> Rows() =>
        from action in Actions
        from admin in Administrators
        from target in Targets
        where OrganisationOf(admin) != target
        where !(action.OperatorMayDoIt && admin == DemoData.OperatorEmail && target != ServiceOperator.DefaultName)
        where !action.NeedsAuthorityTarget || target is DemoData.KentName or DemoData.MedwayName
        select new TheoryDataRow<string, string, string>(action.Name, admin, target);

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task AdministrativeAction_OnAnotherOrganisation_AnswersLikeAMissingIdAndChangesNothing(string actionName, string administrator, string target)
    {
        var action = Actions.Single(a => a.Name == actionName);
        var targetId = await TargetIdAsync(target);
        var context = await ScopeContext.ForAsync(app, DemoData.SignIns.Single(s => s.Email == administrator));
        var real = new Ids(targetId, await context.UserIdInAsync(targetId), await context.NewInvitationInAsync(targetId),
            await context.NewTokenInAsync(targetId), await HouseholdOfAsync(targetId), await RateOfAsync(targetId), NewEmail());
        var missing = new Ids(Missing, Missing, Missing, Missing, Missing, Missing, NewEmail());
        var before = await SnapshotAsync(targetId, real, real.Email, missing.Email);
        var session = await app.SessionForAsync(administrator);
        try
        {
            var trespass = await SendAsync(session, action, real);
            var notFound = await SendAsync(session, action, missing);

            var after = await SnapshotAsync(targetId, real, real.Email, missing.Email);
            Assert.True(before == after, $"{action.Name} by {administrator} changed {target}:\nbefore: {before}\nafter:  {after}");
            Assert.True(notFound.Status == trespass.Status,
                $"{action.Name} by {administrator} on {target}: {(int)trespass.Status} for its ids but {(int)notFound.Status} for missing ids");
            Assert.Equal(Normalise(notFound.Text, missing), Normalise(trespass.Text, real));
        }
        finally
        {
            await CleanUpAsync(real, real.Email, missing.Email);
        }
    }

    private static string OrganisationOf(string administrator) =>
        DemoData.SignIns.Single(s => s.Email == administrator).Organisation is var o && o == DemoData.FirstProviderName ? "Demo provider" : o;

    private Task<int> TargetIdAsync(string target) => app.WithDbAsync(db => target switch
    {
        "Demo provider" => db.Providers.Where(p => p.Name == DemoData.FirstProviderName).Select(p => p.Id).SingleAsync(),
        // The last demo agency: on no framework; nobody on Hearth but the user the matrix makes there.
        "Another provider" => ScopeContext.LastDemoProviderIdAsync(db),
        _ => db.Organisations.Where(o => o.Name == target).Select(o => o.Id).SingleAsync(),
    });

    private Task<int> HouseholdOfAsync(int organisationId) => app.WithDbAsync(async db =>
        await db.CarerHouseholds.Where(h => h.OwnerOrganisationId == organisationId).OrderBy(h => h.Id).Select(h => (int?)h.Id).FirstOrDefaultAsync() ?? Missing);

    private Task<int> RateOfAsync(int organisationId) => app.WithDbAsync(async db =>
        await db.UascGrantRates.Where(r => r.AuthorityId == organisationId).OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync() ?? Missing);

    private static string NewEmail() => $"trespass-{Guid.NewGuid():N}@example.org";

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// What the action could change in the target organisation: its name and status, the user, invitation, token, household
    /// and rate the action names, and anything made with the test's e-mail addresses (an invitation, an account, a token, a
    /// provider). Only these records, so other tests working in the same organisations at the same time do not disturb it.
    /// </summary>
    private Task<string> SnapshotAsync(int organisationId, Ids ids, params string[] emails) => app.WithDbAsync(async db =>
    {
        var text = new StringBuilder();
        var o = await db.Organisations.AsNoTracking().SingleAsync(x => x.Id == organisationId);
        text.Append($"{o.Name}|{o.ShortName}|{o.Status};");
        var u = await db.Users.AsNoTracking().SingleAsync(x => x.Id == ids.User);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id orderby r.Name select r.Name).ToListAsync();
        text.Append($"user {u.Email} {u.OrganisationId} disabled={u.IsDisabled} lockout={u.LockoutEnd} [{string.Join(',', roles)}];");
        var i = await db.Invitations.AsNoTracking().SingleAsync(x => x.Id == ids.Invitation);
        text.Append($"invitation {i.OrganisationId} revoked={i.RevokedAt} accepted={i.AcceptedAt};");
        var t = await db.ApiTokens.AsNoTracking().SingleAsync(x => x.Id == ids.Token);
        text.Append($"token {t.OrganisationId} revoked={t.RevokedAt};");
        text.Append($"household {await db.CarerHouseholds.AsNoTracking().Where(h => h.Id == ids.Household).Select(h => h.Reference + " " + h.OwnerOrganisationId).SingleOrDefaultAsync()};");
        text.Append($"rate {await db.UascGrantRates.AsNoTracking().AnyAsync(r => r.Id == ids.Rate)};");
        var names = emails.Select(e => "Trespass " + e).ToList();
        text.Append($"made: {await db.Invitations.AsNoTracking().CountAsync(x => x.OrganisationId == organisationId && emails.Contains(x.Email))} invitations, ");
        text.Append($"{await db.Users.AsNoTracking().CountAsync(x => x.OrganisationId == organisationId && emails.Contains(x.Email!))} accounts, ");
        text.Append($"{await db.ApiTokens.AsNoTracking().CountAsync(x => x.OrganisationId == organisationId && names.Contains(x.Name))} tokens, ");
        text.Append($"{await db.Organisations.AsNoTracking().CountAsync(x => names.Contains(x.Name))} providers");
        return text.ToString();
    });

    private static async Task<(HttpStatusCode Status, string Text)> SendAsync(UserSession session, AdminAction action, Ids ids)
    {
        using var response = action.Method == "GET"
            ? await session.Client.GetAsync(action.Url(ids))
            : await session.PostFormAsync(action.Url(ids), action.Form?.Invoke(ids) ?? [], tokenFrom: "/cookies");
        var body = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true) return (response.StatusCode, body);
        var page = await UserSession.ParseAsync(response);
        // What the answer says: its heading, its errors and the new record's page it sends to, never a token or a link.
        return (response.StatusCode, $"{response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString}|{page.QuerySelector("h1")?.TextContent.Trim()}|{UserSession.ErrorSummary(page)}");
    }

    /// <summary>The answer with the ids and the e-mail address it was asked with taken out.</summary>
    private static string Normalise(string text, Ids ids)
    {
        text = text.Replace(ids.Email, "{email}", StringComparison.Ordinal);
        foreach (var id in new[] { ids.Organisation, ids.User, ids.Invitation, ids.Token, ids.Household, ids.Rate }.Distinct().OrderByDescending(i => i))
            text = Regex.Replace(text, $@"\b{id}\b", "{id}");
        return Digits().Replace(text, m => m.Value.Length > 6 ? "{n}" : m.Value); // a new record's id on a redirect
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>Withdraws the invitation and token made for the test, and what the attempts made in the administrator's own organisation.</summary>
    private Task CleanUpAsync(Ids made, params string[] emails) => app.WithDbAsync(async db =>
    {
        foreach (var invitation in await db.Invitations.Where(i => (emails.Contains(i.Email) || i.Id == made.Invitation) && i.RevokedAt == null).ToListAsync())
            invitation.RevokedAt = DateTimeOffset.UnixEpoch;
        var names = emails.Select(e => "Trespass " + e).ToList();
        foreach (var token in await db.ApiTokens.Where(t => (names.Contains(t.Name) || t.Id == made.Token) && t.RevokedAt == null).ToListAsync())
            token.RevokedAt = DateTimeOffset.UnixEpoch;
        return await db.SaveChangesAsync();
    });
}
