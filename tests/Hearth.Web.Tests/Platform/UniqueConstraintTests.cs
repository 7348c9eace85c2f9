using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.Platform;

/// <summary>
/// Issue 12, finding 7: a value the database already holds under a unique constraint is a field error on the page and a
/// 409 problem on the API, found from the database's own refusal (so two people racing are both answered), never a 500.
/// </summary>
public sealed class UniqueConstraintTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void EveryUniqueIndex_HasAFieldAndAMessage()
    {
        using var scope = app.Factory.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<HearthDb>().Model;
        var keys = model.GetEntityTypes().SelectMany(e => e.GetDeclaredIndexes()).Where(i => i.IsUnique)
            .Select(i => UniqueConstraints.KeyOf(i.Properties, i.DeclaringEntityType)).ToList();
        var missing = keys.Where(k => !UniqueConstraints.Messages.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, "Name these unique indexes in UniqueConstraints.Messages: " + string.Join(", ", missing));
        Assert.Empty(UniqueConstraints.Messages.Keys.Except(keys));
    }

    [Theory]
    [InlineData("Input.OnsCode", "E06000035", "An authority with this ONS code is already on Hearth")]
    [InlineData("Input.Name", "Medway Council", "An organisation with this name is already on Hearth")]
    public async Task AuthorityDetails_ValueAnotherAuthorityHas_IsAFieldErrorAndNothingChanges(string field, string value, string message)
    {
        using var admin = await app.SignInAsync("administrator@kent.example");
        var kent = await app.WithDbAsync(db => db.Authorities.Where(a => a.OnsCode == "E10000016").Select(a => a.Id).SingleAsync(Ct));
        await AssertRefusedAsync(admin, $"/admin/organisations/{kent}", field, value, message);
        Assert.Equal("Kent County Council", await app.WithDbAsync(db => db.Authorities.Where(a => a.Id == kent).Select(a => a.Name).SingleAsync(Ct)));
    }

    [Fact]
    public async Task ProviderDetails_OfstedUrnAnotherProviderHas_IsAFieldError()
    {
        using var admin = await app.SignInAsync("administrator@brackenfold.example");
        var (own, otherUrn) = await app.WithDbAsync(async db =>
        {
            var providers = await db.Providers.OrderBy(p => p.Id).Take(2).ToListAsync(Ct);
            return (providers[0].Id, providers[1].OfstedUrn);
        });
        await AssertRefusedAsync(admin, $"/admin/organisations/{own}", "Input.OfstedUrn", otherUrn, "A provider with this Ofsted URN is already on Hearth");
    }

    [Fact]
    public async Task SaveChanges_TakenCompositeValue_ThrowsTheFieldsMessage()
    {
        var error = await Assert.ThrowsAsync<DuplicateValueException>(() => app.WithDbAsync(async db =>
        {
            var taken = await db.Children.OrderBy(c => c.Id).FirstAsync(Ct);
            var today = London.Today(db.Clock);
            db.Children.Add(Child.Register(taken.AuthorityId, new ChildDetails(taken.CaseReference, "Second", "Child", today.AddYears(-8), "M", "WBRI", "",
                "English", false, false, "C2", "ME4 4TR", ""), today));
            return await db.SaveChangesAsync(Ct);
        }));
        Assert.Equal("CaseReference", error.Field);
        Assert.Equal("Another child already has this case reference", error.Message);
    }

    [Fact]
    public async Task ChildrenApi_SameCaseReferenceAtOnce_OneIsAddedTheOthersAreToldNeverA500()
    {
        var social = await app.SessionForAsync("social-worker@medway.example");
        var reference = $"RACE-{Guid.NewGuid():N}"[..16];
        var body = new
        {
            caseReference = reference, givenName = "Race", familyName = "Child", dateOfBirth = "2016-05-01", sex = "F", ethnicity = "WBRI", religion = "",
            firstLanguage = "English", hasDisability = false, isUasc = false, legalStatus = "C2", homePostcode = "ME4 4TR", school = "",
        };
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => social.Client.PostAsJsonAsync("/api/v1/children", body, Ct)));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.All(statuses.Where(s => s != HttpStatusCode.Created), s => Assert.True(s is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity, $"{(int)s}"));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Ct));
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("CaseReference", out _), problem.RootElement.ToString());
        }
        Assert.Equal(1, await app.WithDbAsync(db => db.Children.CountAsync(c => c.CaseReference == reference, Ct)));
    }

    /// <summary>Posts the form as shown with <paramref name="field"/> changed; the page comes back with the message beside it.</summary>
    private static async Task AssertRefusedAsync(UserSession session, string url, string field, string value, string message)
    {
        var (_, form) = await session.GetPageAsync(url);
        var fields = FormFields(form);
        fields[field] = value;
        var response = await session.PostFormAsync(url, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await UserSession.ParseAsync(response);
        Assert.Equal(message, UserSession.ErrorSummary(page));
        Assert.Contains(message, page.QuerySelector($"#{field.Replace('.', '_')}-error")?.TextContent ?? "", StringComparison.Ordinal);
    }

    private static Dictionary<string, string> FormFields(IHtmlDocument document)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var form = document.QuerySelector("main form[method=post]")!;
        foreach (var input in form.QuerySelectorAll("input").OfType<IHtmlInputElement>())
        {
            if (input.Name is null || input.Name == "__RequestVerificationToken") continue;
            if (input.Type is "radio" or "checkbox" && !input.IsChecked) continue;
            fields[input.Name] = input.Value;
        }
        foreach (var select in form.QuerySelectorAll("select").OfType<IHtmlSelectElement>()) fields[select.Name!] = select.Value ?? "";
        foreach (var area in form.QuerySelectorAll("textarea").OfType<IHtmlTextAreaElement>()) fields[area.Name!] = area.Value;
        return fields;
    }
}
