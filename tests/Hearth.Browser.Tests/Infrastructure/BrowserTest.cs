namespace Hearth.Browser.Tests.Infrastructure;

/// <summary>
/// Base class of every browser test: a fresh browser context (its own cookies) and page per test, on the shared app and
/// Chromium of <see cref="HearthBrowserFixture"/>.
/// <para>
/// Accessibility is checked on every page a test sees: a hook records each document the page navigates to, and
/// <see cref="VisitAsync"/> / <see cref="ExpectAxeCleanAsync"/> run axe and mark the current one as checked. When the
/// test ends, any page it navigated to but did not check with axe fails the test, as do script errors in the page,
/// Content-Security-Policy violations and failed requests for its assets (styles, scripts, images).
/// </para>
/// </summary>
public abstract class BrowserTest(HearthBrowserFixture app) : IAsyncLifetime
{
    private readonly List<Visit> _visits = [];
    private readonly List<PageProblem> _problems = [];
    private readonly List<string> _downloads = [];
    private readonly List<IBrowserContext> _contexts = [];
    private readonly Lock _gate = new();
    private IPage? _page;

    protected HearthBrowserFixture App => app;

    /// <summary>The page the test is acting on now: the first person's, or another's after <see cref="SwitchTo"/>.</summary>
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

    public async ValueTask InitializeAsync() => _page = await OpenBrowserAsync();

    /// <summary>
    /// Opens another person's browser: a new context (its own cookies) and page, watched like the first one (every page
    /// it navigates to must be checked with axe). The current page does not change: use <see cref="SwitchTo"/>.
    /// </summary>
    protected async Task<IPage> OpenBrowserAsync()
    {
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        lock (_gate) _contexts.Add(context);
        // axe-core is in every document from its start, so a check need not send its half-megabyte script each time.
        await context.AddInitScriptAsync(Axe.Script);
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        var page = await context.NewPageAsync();

        page.FrameNavigated += (_, frame) =>
        {
            if (frame != page.MainFrame || frame.Url.StartsWith("about:", StringComparison.Ordinal)) return;
            lock (_gate)
            {
                // A jump to a #fragment of the page already shown (the skip link) is not a new page.
                var last = _visits.FindLastIndex(v => v.Page == page);
                if (last >= 0 && frame.Url.Contains('#', StringComparison.Ordinal)
                    && WithoutFragment(_visits[last].Url) == WithoutFragment(frame.Url))
                {
                    _visits[last] = _visits[last] with { Url = frame.Url };
                    return;
                }
                _visits.Add(new Visit(page, frame.Url, Checked: false));
            }
        };
        page.PageError += (_, error) => Problem($"script error on {page.Url}: {error}");
        // Chromium reports everything the Content-Security-Policy blocks (an inline script or style, a foreign font) as a
        // console error: every journey doubles as a check that the pages keep to the policy (ADR 0025).
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                Problem($"Content-Security-Policy violation on {page.Url}: {message.Text}");
        };
        page.Response += (_, response) =>
        {
            // The document itself may rightly be a 404 (the not-found page); what it loads may not.
            if (response.Status >= 400 && response.Request.ResourceType != "document")
                Problem($"{response.Status} for {response.Request.ResourceType} {response.Url} (on {page.Url})");
        };
        page.RequestFailed += (_, request) =>
            Problem($"request failed: {request.ResourceType} {request.Url}: {request.Failure}", request.Url);
        page.Download += (_, download) =>
        {
            lock (_gate) _downloads.Add(download.Url);
        };
        return page;
    }

    /// <summary>Acts on <paramref name="page"/> (from <see cref="OpenBrowserAsync"/>, or the first one) from now on.</summary>
    protected void SwitchTo(IPage page) => _page = page;

    private void Problem(string text, string? url = null)
    {
        lock (_gate) _problems.Add(new(text, url));
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
        var page = Page;
        lock (_gate)
        {
            var last = _visits.FindLastIndex(v => v.Page == page && v.Url == url);
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
            // A download (the CSV export) ends the request that fetched it without a page: that is not a failure.
            problems = [.. _problems.Where(p => p.Url is null || !_downloads.Contains(p.Url)).Select(p => p.Text)];
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

    /// <summary>The service navigation in the header (Home, and the sections the user's roles give).</summary>
    protected ILocator ServiceNavigation => Header.GetByRole(AriaRole.Navigation, new() { Name = "Menu", Exact = true });

    /// <summary>Opens a finance report or task the way a person does: "Finance" in the menu, then its link on the hub (axe on both).</summary>
    protected async Task OpenFinanceAsync(string link)
    {
        await ServiceNavigation.GetByRole(AriaRole.Link, new() { Name = "Finance", Exact = true }).ClickAsync();
        await Expect(MainHeading).ToHaveTextAsync("Finance");
        await ExpectAxeCleanAsync();
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
    }

    protected ILocator Link(string name) => Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>
    /// The GOV.UK error state: the summary has focus and lists exactly <paramref name="messages"/>, each linking to a
    /// field on the page that shows the same message beside it; the title starts "Error: ". Then checks it with axe.
    /// </summary>
    protected async Task ExpectErrorsAsync(params string[] messages)
    {
        await Expect(ErrorSummary).ToBeFocusedAsync();
        await Expect(ErrorSummary.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" })).ToBeVisibleAsync();
        var links = ErrorSummary.GetByRole(AriaRole.Link);
        await Expect(links).ToHaveTextAsync(messages);
        await Expect(Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        for (var i = 0; i < messages.Length; i++)
        {
            var href = await links.Nth(i).GetAttributeAsync("href");
            Assert.NotNull(href);
            Assert.StartsWith("#", href, StringComparison.Ordinal);
            await Expect(Page.Locator(href)).ToHaveCountAsync(1);
            await Expect(Page.Locator(".govuk-error-message").Filter(new() { HasText = messages[i] })).ToHaveCountAsync(1);
        }
        await ExpectAxeCleanAsync();
    }

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
        if (_contexts.Count == 0) return;
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
            foreach (var context in _contexts) await context.CloseAsync();
        }
    }

    private static string WithoutFragment(string url) => url.Split('#', 2)[0];

    private sealed record Visit(IPage Page, string Url, bool Checked);

    private sealed record PageProblem(string Text, string? Url);
}
