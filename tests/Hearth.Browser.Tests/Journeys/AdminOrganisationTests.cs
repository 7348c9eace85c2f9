using System.Text.RegularExpressions;
using Hearth.Browser.Tests.Infrastructure;
using Hearth.Domain.Organisations;
using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>Administrators keep their organisation's details, and the service operator adds a provider with its first administrator.</summary>
public sealed partial class AdminOrganisationTests(HearthBrowserFixture app) : BrowserTest(app)
{
    private const string MedwayColour = "#1d4b2c";
    private const string NewColour = "#5c2d91";

    private static readonly DemoSignIn MedwayAdministrator =
        DemoData.SignIns.First(s => s.Organisation == DemoData.MedwayName && s.Role == Roles.Administrator);

    private static readonly DemoSignIn ServiceOperator = DemoData.SignIns.Single(s => s.Role == Roles.ServiceOperator);

    [Fact]
    public async Task BrandingColour_InvalidThenValid_SavesAndRecoloursTheHeader()
    {
        try
        {
            await SignInAsync(MedwayAdministrator.Email, DemoData.DemoPassword);
            await ExpectBrandColourAsync(MedwayColour);
            await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Organisations", Exact = true }).ClickAsync();
            await Expect(MainHeading).ToHaveTextAsync("Organisations");
            await ExpectAxeCleanAsync();

            await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = DemoData.MedwayName, Exact = true }).ClickAsync();
            await Expect(MainHeading).ToContainTextAsync(DemoData.MedwayName);
            await Expect(Field("Branding colour")).ToHaveValueAsync(MedwayColour);
            await ExpectAxeCleanAsync();

            // Not a hex colour: the error state, with what was typed kept.
            await Field("Branding colour").FillAsync("blue");
            await Button("Save").ClickAsync();
            await ExpectErrorsAsync("Enter the branding colour as a hex colour, like #1d70b8");
            await Expect(Field("Branding colour")).ToHaveValueAsync("blue");

            await SaveColourAsync(NewColour);

            // And back, leaving Medway as it was.
            await SaveColourAsync(MedwayColour);
        }
        finally
        {
            // If the test broke before putting the colour back, the other tests still see Medway's own.
            await RestoreMedwayColourAsync();
        }
    }

    [Fact]
    public async Task AddProvider_InvalidUrnThenValid_AwaitsItsFirstAdministrator()
    {
        var run = Random.Shared.Next(0, 100_000);
        // SC0nnnnn: the demo agencies' URNs are SC100000 and up, so this one is free.
        var urn = $"SC0{run:00000}";
        var name = $"Browser Test Fostering {Guid.NewGuid().ToString("N")[..8]}";
        var email = $"first-admin-{Guid.NewGuid().ToString("N")[..10]}@example.org";

        await SignInAsync(ServiceOperator.Email, DemoData.DemoPassword);
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Organisations", Exact = true }).ClickAsync();
        await ExpectAxeCleanAsync();
        await Link("Add a provider").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Add a provider");
        await ExpectAxeCleanAsync();

        await Field("Name").FillAsync(name);
        await Field("Short name").FillAsync("Browser Test");
        await Field("Ofsted URN").FillAsync("12345");
        await Field("Private (PR4)").CheckAsync();
        await Field("Registered office address").FillAsync("1 Test Street\nMaidstone\nME14 1XX");
        await Field("Full name").FillAsync("Rowan Pike");
        await Field("Email address").FillAsync(email);
        await Button("Add provider").ClickAsync();
        await ExpectErrorsAsync("Enter the Ofsted URN in the format SC123456");
        await Expect(Field("Name")).ToHaveValueAsync(name);

        await Field("Ofsted URN").FillAsync(urn);
        await Button("Add provider").ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Provider added");
        await Expect(Page.Locator("#invitation-link")).ToContainTextAsync("/account/invitation/");
        await ExpectAxeCleanAsync();

        await Link("Back to organisations").First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync("Awaiting its first administrator");
        await ExpectAxeCleanAsync();
    }

    private async Task SaveColourAsync(string colour)
    {
        await Field("Branding colour").FillAsync(colour);
        await Button("Save").ClickAsync();
        await Expect(Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Organisation details saved");
        await Expect(ErrorSummary).ToHaveCountAsync(0);
        await Expect(Field("Branding colour")).ToHaveValueAsync(colour);
        await ExpectBrandColourAsync(colour);
        await ExpectAxeCleanAsync();
    }

    /// <summary>The header's bar is drawn in the organisation's colour, set on :root (inherited by the body) as --hearth-brand-colour.</summary>
    private async Task ExpectBrandColourAsync(string hex)
    {
        var property = await Page.EvaluateAsync<string>("() => getComputedStyle(document.body).getPropertyValue('--hearth-brand-colour').trim()");
        Assert.Equal(hex, property);
        var rgb = $"rgb({Convert.ToInt32(hex[1..3], 16)}, {Convert.ToInt32(hex[3..5], 16)}, {Convert.ToInt32(hex[5..7], 16)})";
        await Expect(Page.Locator(".hearth-header__organisation")).ToHaveCSSAsync("border-bottom-color", rgb);
    }

    private async Task RestoreMedwayColourAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<HearthDb>();
        var medway = await db.Authorities.SingleAsync(a => a.Name == DemoData.MedwayName);
        if (medway.BrandColour == MedwayColour) return;
        medway.Update(medway.OnsCode, medway.ElectoralDivisions, MedwayColour);
        await db.SaveChangesAsync();
    }

    [GeneratedRegex(@"/admin/organisations/\d+\?saved=true$")]
    private static partial Regex ProviderPage();
}
