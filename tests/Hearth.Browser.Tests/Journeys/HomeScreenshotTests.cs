using Hearth.Browser.Tests.Infrastructure;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;

namespace Hearth.Browser.Tests.Journeys;

/// <summary>
/// Full-page screenshots of the home page for a few roles, for a person to look at (layout, cards, header):
/// written to $HEARTH_SCREENSHOTS, or hearth-shots in the temp folder. Not compared with anything.
/// </summary>
public sealed class HomeScreenshotTests(HearthBrowserFixture app) : BrowserTest(app)
{
    public static TheoryData<string> Users =>
    [
        DemoData.SignIns.First(s => s.Organisation == DemoData.KentName && s.Role == Roles.Commissioner).Email,
        DemoData.SignIns.First(s => s.Organisation == DemoData.MedwayName && s.Role == Roles.Administrator).Email,
        DemoData.SignIns.First(s => s.Role == Roles.ProviderUser).Email,
    ];

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Home_SignedIn_Screenshot(string email)
    {
        await SignInAsync(email, DemoData.DemoPassword);
        await Expect(Page.Locator(".hearth-card").First).ToBeVisibleAsync();

        var folder = Environment.GetEnvironmentVariable("HEARTH_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "hearth-shots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "home-" + email.Split('@')[0] + "-" + email.Split('@')[1].Split('.')[0] + ".png");
        await Page.ScreenshotAsync(new() { Path = file, FullPage = true });
        // Narrow too (a phone): the header and the cards must reflow.
        await Page.SetViewportSizeAsync(375, 800);
        await ExpectAxeCleanAsync();
        await Page.ScreenshotAsync(new() { Path = Path.ChangeExtension(file, null) + "-narrow.png", FullPage = true });
        Assert.True(File.Exists(file));
    }
}
