using Hearth.Web.Tests.Infrastructure;

namespace Hearth.Web.Tests.Placements;

public sealed class PlacementListTests(DemoApp app)
{
    [Fact]
    public async Task List_ManyPlacements_PagesFiftyAtATimeWithPreviousAndNext()
    {
        var session = await app.SessionForAsync("commissioner@kent.example");
        var (_, first) = await session.GetPageAsync("/placements?Status=&Route=");
        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.Null(first.QuerySelector(".govuk-pagination__prev"));
        var next = first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!;
        Assert.Contains("pageNumber=2", next);

        var (_, second) = await session.GetPageAsync(next);
        Assert.StartsWith("Page 2 of ", second.QuerySelector(".govuk-pagination p")!.TextContent.Trim());
        Assert.Contains("pageNumber=1", second.QuerySelector(".govuk-pagination__prev a")!.GetAttribute("href"));
        var firstIds = first.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.DoesNotContain(second.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")), firstIds.Contains);
    }

    [Fact]
    public async Task List_OnePageOfResults_HasNoPagination()
    {
        var session = await app.SessionForAsync("commissioner@kent.example");
        var (_, page) = await session.GetPageAsync("/placements?Status=&Route=&Search=NO-SUCH-CHILD");
        Assert.Empty(page.QuerySelectorAll("tbody tr"));
        Assert.Null(page.QuerySelector(".govuk-pagination"));
    }
}
