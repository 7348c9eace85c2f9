using Hearth.Browser.Tests.Infrastructure;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>The safety nets themselves: axe really runs and fails on a violation, and an unchecked page is noticed.</summary>
public sealed class HarnessTests(HearthBrowserFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Axe_PageWithViolation_FailsWithRuleImpactHelpAndTarget()
    {
        await VisitAsync("/cookies");
        await Page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=\"text\" id=\"unlabelled\">')");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Axe.ExpectCleanAsync(Page));

        Assert.Contains("label (critical): Form elements must have labels", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#unlabelled", failure.Message, StringComparison.Ordinal);
        await Page.EvaluateAsync("() => document.getElementById('unlabelled').remove()");
        await ExpectAxeCleanAsync();
    }

    [Fact]
    public async Task Axe_CheckedTwiceThenAfterANavigation_RunsOnTheDocumentShownEachTime()
    {
        await VisitAsync("/cookies");
        await ExpectAxeCleanAsync(); // axe is already in this document: it runs again, without a second copy

        await Page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Accessibility statement" }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Accessibility statement for Hearth");
        await Page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<img id=\"no-alt\" src=\"/lib/hearth/favicon.svg\">')");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => Axe.ExpectCleanAsync(Page));

        Assert.Contains("image-alt (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("#no-alt", failure.Message, StringComparison.Ordinal);
        Assert.Contains("/accessibility", failure.Message, StringComparison.Ordinal);
        await Page.EvaluateAsync("() => document.getElementById('no-alt').remove()");
        await ExpectAxeCleanAsync();
    }

    [Fact]
    public async Task VisitedUrls_NavigationWithoutAxe_IsListedUntilChecked()
    {
        await VisitAsync("/cookies");
        await Page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = "Accessibility statement" }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Accessibility statement for Hearth");

        Assert.Equal([App.BaseUrl + "/accessibility"], UncheckedUrls);
        await ExpectAxeCleanAsync();
        Assert.Empty(UncheckedUrls);
        Assert.Equal([App.BaseUrl + "/cookies", App.BaseUrl + "/accessibility"], VisitedUrls);
    }
}
