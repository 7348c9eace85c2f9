using System.Security.Claims;
using Hearth.Domain.Common;
using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Hearth.Testing;

namespace Hearth.Web.Tests.Bidding;

/// <summary>
/// Tenders for the bidding tests, made in the system scope with deadlines relative to now (the app runs on the real
/// clock), and the means to let time pass: moving a tender's deadlines into the past as if the clock had run on.
/// </summary>
public static class TenderArrange
{
    public const string Category = "Standard fostering";

    public static Task<(int Kent, int Medway, int Brackenfold)> OrganisationsAsync(DemoApp app) => app.WithDbAsync(async db => (
        await db.Authorities.Where(a => a.Name == DemoData.KentName).Select(a => a.Id).SingleAsync(),
        await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync(),
        await db.Providers.Where(p => p.Name == DemoData.FirstProviderName).Select(p => p.Id).SingleAsync()));

    /// <summary>A published Kent-led tender with Medway: lot 1 (standard, with a sibling supplement) and lot 2 (parent and child).</summary>
    public static async Task<int> PublishedTenderAsync(DemoApp app, bool publish = true)
    {
        var (kent, medway, _) = await OrganisationsAsync(app);
        var commissioner = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "commissioner@kent.example").Select(u => u.Id).SingleAsync());
        var now = TestClock.Now;
        var today = TestClock.Today;
        var start = today.AddDays(90);
        var timeline = new TenderTimeline(today, now.AddDays(5), now.AddDays(10), today.AddDays(12), today.AddDays(30), start);
        return await app.WithDbAsync(async db =>
        {
            var tender = Tender.Draft("BT-" + Guid.NewGuid().ToString("N")[..10], "Bidding test tender", ProcurementRegime.Pcr2015LightTouch,
                kent, [medway], null, Money.FromPounds(1_000_000m), start, start.AddYears(2).AddDays(-1), null, timeline, AgeBands.Default, Indexation.Firm);
            tender.AddLot("Standard", PlacementCategory.Standard, [PriceRow.CommonSupplements[0]],
                QualityQuestionnaire.Create([new(1, "How do you match children with carers?", QuestionKind.Scored, 100, null), new(2, "Registered with Ofsted?", QuestionKind.PassFail, 0, null)]),
                EvaluationMethod.Create(40, 60, PriceScoringMethod.RelativeToLowest, null, 50), AwardBasis.AllQualifying, null);
            tender.AddLot("Parent and child", PlacementCategory.ParentAndChild, [],
                QualityQuestionnaire.Create([new(1, "How do you assess parenting?", QuestionKind.Scored, 100, null)]),
                EvaluationMethod.Create(50, 50, PriceScoringMethod.AffordabilityCeiling, Money.FromPounds(1_500m), 40), AwardBasis.TopRanked, 3);
            tender.AddEvaluator(commissioner, kent, "Sarah Chalk");
            if (publish) tender.Publish(now, EnglandAndWalesBankHolidays.All);
            db.Tenders.Add(tender);
            await db.SaveChangesAsync();
            return tender.Id;
        });
    }

    /// <summary>Lets time pass for a tender: its clarification and submission deadlines become <paramref name="ago"/> ago.</summary>
    public static Task PassDeadlineAsync(DemoApp app, int tenderId, TimeSpan ago) => app.WithDbAsync(async db =>
    {
        var tender = await db.Tenders.SingleAsync(t => t.Id == tenderId);
        var past = TestClock.Now - ago;
        var moved = tender.Timeline with { ClarificationDeadline = past.AddSeconds(-1), SubmissionDeadline = past };
        typeof(Tender).GetProperty(nameof(Tender.Timeline))!.SetValue(tender, moved);
        await db.SaveChangesAsync();
        return 0;
    });

    /// <summary>The recorded opening event (possible only after the deadline).</summary>
    public static Task OpenAsync(DemoApp app, int tenderId) => app.WithDbAsync(async db =>
    {
        var tender = await db.Tenders.SingleAsync(t => t.Id == tenderId);
        tender.Open(TestClock.Now, "Sarah Chalk");
        await db.SaveChangesAsync();
        return 0;
    });

    /// <summary>A complete draft for lot 1: every cell priced at <paramref name="pence"/>, both questions answered, declarations accepted.</summary>
    public static Dictionary<string, string> Lot1Form(long pence, string answer, bool declarations = true, int version = 0)
    {
        var form = new Dictionary<string, string> { ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var code in new[] { "CAT-1", "SUP-SIBLING" })
            for (var i = 0; i < 4; i++) form[$"Prices[{code}][{i}]"] = (pence / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        form["Answers[1]"] = answer;
        form["Answers[2]"] = "yes";
        if (declarations) form["DeclarationsAccepted"] = "true";
        return form;
    }

    /// <summary>The same draft as the API's request body.</summary>
    public static object Lot1Json(long pence, string answer, int version = 0) => new
    {
        version,
        prices = new[] { "CAT-1", "SUP-SIBLING" }.SelectMany(code => Enumerable.Range(0, 4).Select(i => new { rowCode = code, bandIndex = i, pence })).ToArray(),
        answers = new object[] { new { questionNumber = 1, text = answer, passes = (bool?)null }, new { questionNumber = 2, text = "", passes = (bool?)true } },
        declarationsAccepted = true,
    };

    /// <summary>A provider user of another agency (not the demo provider), signed in: a rival bidder.</summary>
    public static async Task<UserSession> RivalProviderAsync(DemoApp app)
    {
        var email = $"rival-{Guid.NewGuid():N}@example.org";
        var providerId = await app.WithDbAsync(db => db.Providers.Where(p => p.Name != DemoData.FirstProviderName).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        await using (var users = app.Factory.Services.GetUserManager())
        {
            var user = new HearthUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Rival Bidder", OrganisationId = providerId, CreatedAt = TestClock.Now };
            var created = await users.Manager.CreateAsync(user, DemoData.DemoPassword);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            Assert.True((await users.Manager.AddToRoleAsync(user, Roles.ProviderUser)).Succeeded);
        }
        return await app.SignInAsync(email);
    }

    /// <summary>Runs a query as a member of an organisation would (its query filters), outside any request.</summary>
    public static async Task<T> AsOrganisationAsync<T>(DemoApp app, int organisationId, OrganisationKind kind, Func<HearthDb, Task<T>> query)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(HearthClaims.OrganisationId, organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                 new Claim(HearthClaims.OrganisationKind, kind.ToString())], "test")),
        };
        try
        {
            return await query(scope.ServiceProvider.GetRequiredService<HearthDb>());
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }
}
