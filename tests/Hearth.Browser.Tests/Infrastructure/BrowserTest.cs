namespace Hearth.Browser.Tests.Infrastructure;

/// <summary>
/// Base class of every browser test: a fresh browser context (its own cookies) and page per test, on the shared app and
/// Chromium of <see cref="HearthBrowserFixture"/>.
/// <para>
/// Accessibility is checked on every page a test sees: a hook records each document the page navigates to, and
/// <see cref="VisitAsync"/> / <see cref="ExpectAxeCleanAsync"/> run axe and mark the current one as checked. When the
/// test ends, any page it navigated to but did not check with axe fails the test, as do script errors in the page and
/// failed requests for its assets (styles, scripts, images).
/// </para>
/// </summary>
public abstract class BrowserTest(HearthBrowserFixture app) : IAsyncLifetime
{
    private readonly List<Visit> _visits = [];
    private readonly List<string> _problems = [];
    private readonly Lock _gate = new();
    private IBrowserContext? _context;
    private IPage? _page;

    protected HearthBrowserFixture App => app;
    protected IPage Page => _page ?? throw new InvalidOperationException("The page has not been opened.");

    /// <summary>Every address the page navigated to, in order (a move within the same page, to a #fragment, is not counted).</summary>
    public IReadOnlyList<string> VisitedUrls
    {
        get { lock (_gate) return [.. _visits.Select(v => v.Url)]; }
    }

    /// <summary>Addresses navigated to without an axe check since.</summary>
    public IReadOnlyList<string> UncheckedUrls
    {
        get { lock (_gate) return [.. _visits.Where(v => !v.Checked).Select(v => v.Url)]; }
    }

    public async ValueTask InitializeAsync()
    {
        _context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        _context.SetDefaultTimeout(15_000);
        _context.SetDefaultNavigationTimeout(30_000);
        _page = await _context.NewPageAsync();

        _page.FrameNavigated += (_, frame) =>
        {
            if (frame != _page.MainFrame || frame.Url.StartsWith("about:", StringComparison.Ordinal)) return;
            lock (_gate)
            {
                // A jump to a #fragment of the page already shown (the skip link) is not a new page.
                if (_visits.Count > 0 && frame.Url.Contains('#', StringComparison.Ordinal)
                    && WithoutFragment(_visits[^1].Url) == WithoutFragment(frame.Url))
                {
                    _visits[^1] = _visits[^1] with { Url = frame.Url };
                    return;
                }
                _visits.Add(new Visit(frame.Url, Checked: false));
            }
        };
        _page.PageError += (_, error) => Problem($"script error on {_page.Url}: {error}");
        _page.Response += (_, response) =>
        {
            // The document itself may rightly be a 404 (the not-found page); what it loads may not.
            if (response.Status >= 400 && response.Request.ResourceType != "document")
                Problem($"{response.Status} for {response.Request.ResourceType} {response.Url} (on {_page.Url})");
        };
        _page.RequestFailed += (_, request) =>
            Problem($"request failed: {request.ResourceType} {request.Url}: {request.Failure}");
    }

    private void Problem(string text)
    {
        lock (_gate) _problems.Add(text);
    }

    /// <summary>Goes to <paramref name="path"/> (relative to the app) and checks the page with axe.</summary>
    protected async Task<IResponse?> VisitAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        await ExpectAxeCleanAsync();
        return response;
    }

    /// <summary>Checks the page as it is now with axe: call after every navigation (a link, a form) and every new state.</summary>
    protected async Task ExpectAxeCleanAsync()
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await Axe.ExpectCleanAsync(Page);
        var url = Page.Url;
        lock (_gate)
        {
            var last = _visits.FindLastIndex(v => v.Url == url);
            if (last >= 0) _visits[last] = _visits[last] with { Checked = true };
        }
    }

    /// <summary>Fails if a page was navigated to but never checked with axe, or if the pages had script or asset errors.</summary>
    protected void AssertEveryPageChecked()
    {
        List<string> notChecked, problems;
        lock (_gate)
        {
            notChecked = [.. _visits.Where(v => !v.Checked).Select(v => v.Url)];
            problems = [.. _problems];
        }
        Assert.True(VisitedUrls.Count > 0, "The test visited no page.");
        Assert.True(notChecked.Count == 0,
            "These pages were navigated to but never checked with axe (use VisitAsync, or ExpectAxeCleanAsync after a click):\n  "
            + string.Join("\n  ", notChecked));
        Assert.True(problems.Count == 0, "The pages had errors:\n  " + string.Join("\n  ", problems));
    }

    // ---------------------------------------------------------------- journeys' common steps

    protected ILocator Header => Page.GetByRole(AriaRole.Banner);

    protected ILocator MainHeading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    protected ILocator ErrorSummary => Page.Locator(".govuk-error-summary");

    /// <summary>Fills the field labelled exactly <paramref name="label"/> ("Password" is not "Show password").</summary>
    protected ILocator Field(string label) => Page.GetByLabel(label, new() { Exact = true });

    protected ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>Signs in through the form, as a person would. Leaves the browser wherever the app sends it.</summary>
    protected async Task SubmitSignInAsync(string email, string password)
    {
        await VisitAsync("/account/sign-in");
        await Field("Email address").FillAsync(email);
        await Field("Password").FillAsync(password);
        await Button("Sign in").ClickAsync();
    }

    /// <summary>Signs in and checks that the home page is shown, axe clean.</summary>
    protected async Task SignInAsync(string email, string password)
    {
        await SubmitSignInAsync(email, password);
        await Expect(Page).ToHaveURLAsync(app.BaseUrl + "/");
        await Expect(MainHeading).ToContainTextAsync("Your work");
        await ExpectAxeCleanAsync();
    }

    /// <summary>Signs out with the header's button and checks the confirmation, axe clean.</summary>
    protected async Task SignOutAsync()
    {
        await Header.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await Expect(Page.GetByText("You have signed out", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(Header.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
        await ExpectAxeCleanAsync();
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (_context is null) return;
        try
        {
            if (TestContext.Current.TestState?.Result == TestResult.Failed && _page is not null)
            {
                // Evidence for a failure: a screenshot of where the test stopped.
                var name = string.Concat((TestContext.Current.Test?.TestDisplayName ?? "test").Select(c => char.IsLetterOrDigit(c) ? c : '-'));
                var folder = Path.Combine(Path.GetTempPath(), "hearth-shots", "failures");
                Directory.CreateDirectory(folder);
                await _page.ScreenshotAsync(new() { Path = Path.Combine(folder, name[..Math.Min(name.Length, 120)] + ".png"), FullPage = true });
            }
            else
            {
                AssertEveryPageChecked();
            }
        }
        finally
        {
            await _context.CloseAsync();
        }
    }

    private static string WithoutFragment(string url) => url.Split('#', 2)[0];

    private sealed record Visit(string Url, bool Checked);
}
