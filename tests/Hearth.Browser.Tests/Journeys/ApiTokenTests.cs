using System.Text.Json;
using Hearth.Browser.Tests.Infrastructure;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>A Medway administrator gives a system an API token, the system uses it, and the administrator revokes it.</summary>
public sealed class ApiTokenTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private const string TokenName = "Case management system";

    private static readonly DemoSignIn MedwayAdministrator =
        DemoData.SignIns.First(s => s.Organisation == DemoData.MedwayName && s.Role == Roles.Administrator);

    [Fact]
    public async Task ApiToken_CreatedWithRoleThenRevoked_WorksOnlyUntilRevoked()
    {
        await SignInAsync(MedwayAdministrator.Email, DemoData.DemoPassword);
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "API tokens", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("API tokens");
        await ExpectAxeCleanAsync();

        // No role: the error state.
        await Field("Name").FillAsync(TokenName);
        await Button("Create token").ClickAsync();
        await ExpectErrorsAsync("Select at least one role");
        await Expect(Field("Name")).ToHaveValueAsync(TokenName);

        await Field("Auditor").CheckAsync();
        await Button("Create token").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("API token created");
        await Expect(ErrorSummary).ToHaveCountAsync(0);
        var token = (await Page.Locator("#new-token").TextContentAsync() ?? "").Trim();
        Assert.StartsWith("hth_", token, StringComparison.Ordinal);
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = token[..10] });
        await Expect(row.GetByRole(AriaRole.Cell).First).ToHaveTextAsync(TokenName);
        await Expect(row).ToContainTextAsync("Auditor");
        await ExpectAxeCleanAsync();

        // The system calls the API with it, as Medway.
        await using (var api = await App.NewApiContextAsync(token))
        {
            var me = await api.GetAsync("/api/v1/me");
            Assert.Equal(200, me.Status);
            var body = (await me.JsonAsync())!.Value;
            Assert.Equal(DemoData.MedwayName, body.GetProperty("organisation").GetString());
            Assert.Equal([Roles.Auditor], body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        }

        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("API tokens");
        await Expect(row).ToContainTextAsync("Revoked");
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        // Shown once: only its first characters are on the page now.
        await Expect(Page.GetByText(token)).ToHaveCountAsync(0);
        await ExpectAxeCleanAsync();

        await using (var api = await App.NewApiContextAsync(token))
        {
            var revoked = await api.GetAsync("/api/v1/me");
            Assert.Equal(401, revoked.Status);
        }
    }
}
