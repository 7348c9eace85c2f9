using System.Net;
using Hearth.Web.Tests.Infrastructure;

namespace Hearth.Web.Tests.Account;

public sealed class OpenIdConnectTests(DemoApp app)
{
    [Fact]
    public async Task SignInPage_OpenIdConnectConfigured_OffersTheOrganisationAccount()
    {
        await using var blank = await BlankApp.StartAsync(new Dictionary<string, string>
        {
            ["Authentication:OpenIdConnect:Authority"] = "https://login.example/tenant/v2.0",
            ["Authentication:OpenIdConnect:ClientId"] = "hearth",
            ["Authentication:OpenIdConnect:DisplayName"] = "Kent staff account",
        });
        using var session = blank.Factory.Session();
        var (_, page) = await session.GetPageAsync("/account/sign-in");
        var button = page.QuerySelector("form[action='/account/external-sign-in'] button");
        Assert.NotNull(button);
        Assert.Equal("Sign in with Kent staff account", button.TextContent.Trim());
    }

    [Fact]
    public async Task SignInPage_NotConfigured_OffersOnlyPasswords()
    {
        using var session = app.Session();
        var (_, page) = await session.GetPageAsync("/account/sign-in");
        Assert.Null(page.QuerySelector("form[action='/account/external-sign-in']"));
        var response = await session.PostFormAsync("/account/external-sign-in", [], tokenFrom: "/account/sign-in");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not set up", (await UserSession.ParseAsync(response)).QuerySelector("main")!.TextContent);
    }
}
