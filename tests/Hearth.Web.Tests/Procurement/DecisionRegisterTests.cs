using System.Net;
using Hearth.Domain.Procurement;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Procurement;

public sealed class DecisionRegisterTests(DemoApp app)
{
    private const string KentCommissioner = "commissioner@kent.example";

    private static Dictionary<string, string> Form(string reference, string value = "250,000", string divisions = "1") => new()
    {
        ["Input.Reference"] = reference,
        ["Input.Title"] = "Parent and child placements: additional lot",
        ["Input.DecisionMaker"] = "Corporate Director of Children, Young People and Education",
        ["Input.Value"] = value,
        ["Input.DivisionsAffected"] = divisions,
    };

    private static string NewReference() => "T/" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task Index_Kent_ShowsTheSeedDecisionAsKeyWithBothReasons()
    {
        var session = await app.SessionForAsync(KentCommissioner);
        var (response, page) = await session.GetPageAsync("/decisions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("21/00077", StringComparison.Ordinal));
        Assert.Contains("Yes: value over £1m and affects more than two electoral divisions", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("£46,000,000.00", row.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12.345")]
    [InlineData("a lot")]
    [InlineData("1,00,000")]
    public async Task Create_BadValue_ShowsAFieldErrorAndSavesNothing(string value)
    {
        var session = await app.SessionForAsync(KentCommissioner);
        var reference = NewReference();

        var response = await session.PostFormAsync("/decisions/new", Form(reference, value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await UserSession.ParseAsync(response);
        Assert.Contains("Enter the value as an amount in pounds, like £1,250,000 or 1250000.50", UserSession.ErrorSummary(page), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Input_Value.govuk-input--error"));
        Assert.False(await app.WithDbAsync(db => db.KeyDecisions.AnyAsync(d => d.Reference == reference)));
    }

    [Fact]
    public async Task Create_NegativeValue_ShowsTheDomainRuleBesideTheField()
    {
        var session = await app.SessionForAsync(KentCommissioner);

        var response = await session.PostFormAsync("/decisions/new", Form(NewReference(), "-£10"));

        var page = await UserSession.ParseAsync(response);
        Assert.Contains("The value must be £0 or more", UserSession.ErrorSummary(page), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Input_Value.govuk-input--error"));
    }

    [Fact]
    public async Task Create_MoreDivisionsThanTheAuthorityHas_IsRefused()
    {
        var session = await app.SessionForAsync(KentCommissioner);

        var response = await session.PostFormAsync("/decisions/new", Form(NewReference(), divisions: "82"));

        var page = await UserSession.ParseAsync(response);
        Assert.Contains("Kent County Council has 81 electoral divisions", UserSession.ErrorSummary(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_DuplicateReference_IsAFieldError()
    {
        var session = await app.SessionForAsync(KentCommissioner);

        var response = await session.PostFormAsync("/decisions/new", Form("21/00077"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await UserSession.ParseAsync(response);
        Assert.Contains("Decision 21/00077 is already in the register", UserSession.ErrorSummary(page), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.KeyDecisions.CountAsync(d => d.Reference == "21/00077")));
    }

    [Fact]
    public async Task Create_ThenAdvance_RecordsEachStatusWithItsDate()
    {
        var session = await app.SessionForAsync(KentCommissioner);
        var reference = NewReference();
        var fields = Form(reference, "£900,000", "");
        fields["Input.AffectsAllDivisions"] = "true";

        var created = await session.PostFormAsync("/decisions/new", fields);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var decision = await app.WithDbAsync(db => db.KeyDecisions.SingleAsync(d => d.Reference == reference));
        Assert.Equal(81, decision.DivisionsAffected);
        Assert.Equal($"/decisions/{decision.Id}?saved=true", created.Headers.Location?.OriginalString);
        var (_, details) = await session.GetPageAsync($"/decisions/{decision.Id}");
        Assert.Equal("Yes: affects more than two electoral divisions", details.QuerySelector("#key-decision")?.TextContent);

        var published = await session.PostFormAsync($"/decisions/{decision.Id}", Advance(KeyDecisionStatus.Published, "2026-01-05", version: 0));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        // A decision cannot be made before it was published: the error sits beside the date.
        var early = await session.PostFormAsync($"/decisions/{decision.Id}", Advance(KeyDecisionStatus.Made, "2026-01-04", version: 1));
        var earlyPage = await UserSession.ParseAsync(early);
        Assert.Contains("A decision cannot be made before it was published", UserSession.ErrorSummary(earlyPage), StringComparison.Ordinal);

        var made = await session.PostFormAsync($"/decisions/{decision.Id}", Advance(KeyDecisionStatus.Made, "2026-02-10", version: 1));
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);

        var after = await app.WithDbAsync(db => db.KeyDecisions.AsNoTracking().SingleAsync(d => d.Id == decision.Id));
        Assert.Equal(KeyDecisionStatus.Made, after.Status);
        Assert.Equal(new DateOnly(2026, 1, 5), after.FirstPublishedOn);
        Assert.Equal(new DateOnly(2026, 2, 10), after.DecidedOn);
    }

    [Fact]
    public async Task Advance_WithAStaleVersion_TellsTheUserSomeoneElseChangedIt()
    {
        var session = await app.SessionForAsync(KentCommissioner);
        var reference = NewReference();
        await session.PostFormAsync("/decisions/new", Form(reference));
        var id = await app.WithDbAsync(db => db.KeyDecisions.Where(d => d.Reference == reference).Select(d => d.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await session.PostFormAsync($"/decisions/{id}", Advance(KeyDecisionStatus.Published, "2026-01-05", 0))).StatusCode);

        // A second commissioner still has the form from before the first one published it.
        var stale = await session.PostFormAsync($"/decisions/{id}", Advance(KeyDecisionStatus.Published, "2026-01-06", 0));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this record", UserSession.ErrorSummary(await UserSession.ParseAsync(stale)), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 1, 5), await app.WithDbAsync(db => db.KeyDecisions.Where(d => d.Id == id).Select(d => d.FirstPublishedOn).SingleAsync()));
    }

    [Fact]
    public async Task Auditor_CanReadButNotAdvance()
    {
        var session = await app.SessionForAsync("auditor@kent.example");
        var id = await app.WithDbAsync(db => db.KeyDecisions.Where(d => d.Reference == "21/00077").Select(d => d.Id).SingleAsync());

        var (response, page) = await session.GetPageAsync($"/decisions/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("form[method=post] input[name='Input.Status']"));
        Assert.Contains("KM-IFP-2018", page.QuerySelector("#authorised")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("KM-IFP-2022", page.QuerySelector("#authorised")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Medway_CannotSeeKentsDecisions()
    {
        var session = await app.SessionForAsync("commissioner@medway.example");
        var id = await app.WithDbAsync(db => db.KeyDecisions.Where(d => d.Reference == "21/00077").Select(d => d.Id).SingleAsync());

        var (page, _) = await session.GetPageAsync($"/decisions/{id}");
        var api = await session.Client.GetAsync($"/api/v1/decisions/{id}", TestContext.Current.CancellationToken);
        var (_, register) = await session.GetPageAsync("/decisions");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("21/00077", register.Body?.TextContent, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Advance(KeyDecisionStatus to, string on, int version)
    {
        var date = DateOnly.ParseExact(on, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new()
        {
            ["Input.Status"] = to.ToString(), ["Input.On.Day"] = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.On.Month"] = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.On.Year"] = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
