namespace Hearth.Browser.Tests.Journeys;

/// <summary>
/// Issue 12, finding 8: the browsable API reference (Scalar) has a Content-Security-Policy of its own and still draws the
/// API under it, with no violation. Not a BrowserTest: Scalar's page is not Hearth's to check with axe.
/// </summary>
public sealed class ApiReferenceTests(Infrastructure.HearthBrowserFixture app)
{
    [Fact]
    public async Task ApiReference_DrawsTheApiWithoutViolations()
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        try
        {
            var page = await context.NewPageAsync();
            var violations = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(message.Text);
            };
            page.PageError += (_, error) => violations.Add(error);
            await page.GotoAsync("/api/reference");
            await Expect(page.GetByText("Hearth API").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Expect(page.GetByRole(AriaRole.Complementary).GetByRole(AriaRole.Link, new() { Name = "Organisations", Exact = true })).ToBeVisibleAsync(new() { Timeout = 30_000 });
            Assert.True(violations.Count == 0, string.Join("\n", violations));
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
