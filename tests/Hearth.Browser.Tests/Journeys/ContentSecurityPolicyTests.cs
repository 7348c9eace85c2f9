using Hearth.Browser.Tests.Infrastructure;
using Hearth.Web.Data.Demo;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>
/// Issue 12, finding 8: under the strict Content-Security-Policy GOV.UK Frontend still starts (the js-enabled classes)
/// and the organisation's colour still reaches the page. Every other journey also fails on a policy violation
/// (BrowserTest watches the console).
/// </summary>
public sealed class ContentSecurityPolicyTests(HearthBrowserFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task SignedInPage_GovukFrontendStartsWithoutViolations()
    {
        await SignInAsync(DemoData.SignIns[0].Email, DemoData.DemoPassword);
        await Expect(Page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("govuk-frontend-supported"));
        await Expect(Page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("js-enabled"));
        // The organisation's colour still reaches the header bar through the nonce'd style element.
        var colour = await Page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).getPropertyValue('--hearth-brand-colour').trim()");
        Assert.Matches("^#[0-9a-f]{6}$", colour);
        AssertEveryPageChecked();
    }
}
