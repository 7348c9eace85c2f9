using System.Net;
using Hearth.Web.Data.Demo;
using Hearth.Web.Tests.Infrastructure;

namespace Hearth.Web.Tests.Scoping;

/// <summary>Every endpoint × every demo user (each role, authority and provider) × their own and another organisation's ids.</summary>
public sealed class ScopeMatrixTests(DemoApp app)
{
    [Theory]
    [MemberData(nameof(ScopeMatrix.Rows), MemberType = typeof(ScopeMatrix))]
    public async Task Endpoint_SignedInAsEachUser_AnswersOnlyWhatTheirRoleAndOrganisationAllow(string caseName, string email)
    {
        var scopeCase = ScopeMatrix.Cases.Single(c => c.Name == caseName);
        var signIn = DemoData.SignIns.Single(s => s.Email == email);
        var context = await ScopeContext.ForAsync(app, signIn);
        var session = await app.SessionForAsync(email);
        var allowed = scopeCase.Allowed(signIn);

        var own = await OwnUrlAsync(scopeCase, context);
        if (own.Length > 0)
        {
            var status = await SendAsync(session, scopeCase.Method, own);
            var expected = !allowed ? HttpStatusCode.Forbidden
                : scopeCase.Method == "GET" ? HttpStatusCode.OK
                : scopeCase.Method == "POST-CSV" ? HttpStatusCode.UnprocessableEntity // an empty file: nothing to import, nothing changed
                : scopeCase.Method == "PUT-JSON" ? HttpStatusCode.BadRequest // an empty body: nothing to set, nothing changed
                : HttpStatusCode.Redirect;
            Assert.True(status == expected, $"{scopeCase.Method} {own} as {email}: expected {(int)expected}, got {(int)status}");
        }

        if (scopeCase.Cross == CrossOrganisation.NoIds || scopeCase.OtherUrl is null) return;
        var other = await scopeCase.OtherUrl(context);
        var otherStatus = await SendAsync(session, scopeCase.Method, other);
        if (!allowed)
            Assert.True(otherStatus == HttpStatusCode.Forbidden, $"{scopeCase.Method} {other} as {email}: expected 403, got {(int)otherStatus}");
        else if (scopeCase.Cross == CrossOrganisation.Shared)
            Assert.True(otherStatus == HttpStatusCode.OK, $"{scopeCase.Method} {other} as {email}: shared by design, expected 200, got {(int)otherStatus}");
        else
            Assert.True(otherStatus is HttpStatusCode.NotFound or HttpStatusCode.Forbidden,
                $"{scopeCase.Method} {other} as {email}: another organisation's record must be hidden, got {(int)otherStatus}");
        if (scopeCase.OtherUnchanged is not null)
            Assert.True(await scopeCase.OtherUnchanged(context), $"{scopeCase.Method} {other} as {email} changed another organisation's record");
    }

    /// <summary>
    /// The signer's own address. The service operator (ADR 0024) owns no placements, children or bids: where the case
    /// cannot find one of its own, its "own" address is the other organisation's (it must be refused either way).
    /// </summary>
    private static async Task<string> OwnUrlAsync(ScopeCase scopeCase, ScopeContext context)
    {
        if (context.Kind != Hearth.Domain.Organisations.OrganisationKind.Operator) return await scopeCase.OwnUrl(context);
        try
        {
            return await scopeCase.OwnUrl(context);
        }
        catch (InvalidOperationException) when (scopeCase.OtherUrl is not null)
        {
            return await scopeCase.OtherUrl(context);
        }
    }

    private static async Task<HttpStatusCode> SendAsync(UserSession session, string method, string url)
    {
        using var response = method switch
        {
            "GET" => await session.Client.GetAsync(url),
            "POST-JSON" => await session.Client.PostAsync(url, new StringContent("{}", System.Text.Encoding.UTF8, "application/json")),
            "POST-CSV" => await session.Client.PostAsync(url, new StringContent("", System.Text.Encoding.UTF8, "text/csv")),
            "PUT-JSON" => await session.Client.PutAsync(url, new StringContent("{}", System.Text.Encoding.UTF8, "application/json")),
            "DELETE" => await session.Client.DeleteAsync(url),
            _ => await session.PostFormAsync(url, []),
        };
        return response.StatusCode;
    }
}
