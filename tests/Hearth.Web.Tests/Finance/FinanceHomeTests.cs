using System.Text.Json;
using Hearth.Domain.Common;
using Hearth.Web.Tests.Infrastructure;
using Hearth.Testing;

namespace Hearth.Web.Tests.Finance;

public sealed class FinanceHomeTests(DemoApp app)
{
    [Fact]
    public async Task HomePage_FinanceOfficer_ShowsThisYearsSpendAsTheSpendReportCostsIt()
    {
        var session = await app.SessionForAsync("finance@kent.example");
        var year = FinancialYear.Containing(TestClock.Today);
        var json = await session.Client.GetStringAsync($"/api/v1/finance/spend?from={year}&to={year}", TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(json);
        var total = Money.FromPence(document.RootElement.EnumerateArray().Sum(l => l.GetProperty("amountPence").GetInt64()));
        Assert.True(total > Money.Zero);

        var (_, home) = await session.GetPageAsync("/");
        Assert.Contains($"Fostering spend in {year} to date: {total}", home.QuerySelector("main")!.TextContent);
    }
}
