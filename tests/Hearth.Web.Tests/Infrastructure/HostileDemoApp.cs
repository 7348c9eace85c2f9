using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Decisions;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.Infrastructure;

/// <summary>
/// The demo data on its own database with spreadsheet formulas wherever text reaches an export: every organisation's
/// name, spot-purchase justifications, additional-cost descriptions, case and placement references, the providers named
/// in call-off decisions and a finance officer's display name (so the audit trail's actor). For the CSV injection tests.
/// </summary>
public sealed class HostileDemoApp : IAsyncLifetime
{
    /// <summary>The formula every hostile text starts with, after one of the four triggers.</summary>
    public const string Formula = "HYPERLINK(\"https://evil.example\",\"Click\")";

    private static readonly string Triggers = "=+-@";
    private TestDatabase? _database;

    public HearthFactory Factory { get; private set; } = null!;

    public static string Hostile(int i, string text) => $"{Triggers[i % Triggers.Length]}{Formula} {text}";

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Factory = new HearthFactory(_database, demo: true);
        Factory.StartServer();
        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
        var db = scope.ServiceProvider.GetRequiredService<HearthDb>();
        var i = 0;
        foreach (var organisation in await db.Organisations.OrderBy(o => o.Id).ToListAsync())
            organisation.Rename(Hostile(i++, organisation.Name), organisation.ShortName);
        foreach (var spot in await db.SpotPurchases.ToListAsync())
            db.Entry(spot).Property(s => s.Justification).CurrentValue = Hostile(i++, spot.Justification);
        foreach (var cost in await db.Set<Hearth.Domain.Placements.PlacementAdditionalCost>().ToListAsync())
            db.Entry(cost).Property(c => c.Description).CurrentValue = Hostile(i++, cost.Description);
        foreach (var child in await db.Children.Where(c => c.IsUasc).ToListAsync())
            db.Entry(child).Property(c => c.CaseReference).CurrentValue = "=" + child.CaseReference;
        foreach (var placement in await db.Placements.Where(p => p.ExternalReference != null).ToListAsync())
            db.Entry(placement).Property(p => p.ExternalReference).CurrentValue = "+" + placement.ExternalReference;
        var finance = await db.Users.SingleAsync(u => u.Email == "finance@kent.example");
        finance.DisplayName = Hostile(1, "Finance officer");
        await db.SaveChangesAsync();
        DecisionId = await DecisionAsync(db);
    }

    /// <summary>A call-off decision of Kent's, frozen after the renames, between a hostile household and a hostile provider.</summary>
    public int DecisionId { get; private set; }

    private static async Task<int> DecisionAsync(HearthDb db)
    {
        var today = London.Today(db.Clock);
        var kent = await db.Authorities.Where(a => a.OnsCode == "E10000016").Select(a => a.Id).SingleAsync();
        var provider = await db.Providers.OrderBy(p => p.Id).FirstAsync();
        var child = Child.Register(kent, new ChildDetails("CSV-1", "Test", "Child", today.AddYears(-9), "F", "WBRI", "", "English", false, false, "C2", "ME4 4TR", ""), today);
        db.Children.Add(child);
        await db.SaveChangesAsync();
        var referral = Referral.Start(kent, [child], -1, "CSV", today);
        referral.SetTiming(PlacementUrgency.MoreThanFiveDays, today.AddDays(7), PlacementTypeSought.LongTerm, today);
        referral.SetNeeds("Needs a calm home near school with carers who can support contact.", CommunicationNeeds.No, CommunicationRequirements.None, "", false,
            CulturalNeeds.NotRequired, "");
        referral.SetLivingArrangements(LivingAlongside.OnlyYoungerChildren, PetsTolerance.YesCan, AdditionalSupport.TaxisToSchool, "", false);
        referral.SetRisks(RisksToSelf.GoingMissing, "", RisksToOthers.None, "");
        referral.SetLocation(true, 15, "", "", "");
        referral.Submit(today);
        referral.SignOff(-2, "CSV manager", today);
        db.Referrals.Add(referral);
        await db.SaveChangesAsync();
        var inHouse = new DecisionOption("inhouse-csv", DecisionOptionKind.InHouse, null, "", null, Hostile(2, "household"), Money.FromPounds(500), Money.Zero, null,
            PriceCheck.NotApplicable, [new FactorPoints("Skills", 10, 30, Hostile(3, "explanation"))]);
        var offer = new DecisionOption("offer-csv", DecisionOptionKind.FrameworkOffer, provider.Id, provider.Name, null, "BF-1", Money.FromPounds(900), Money.Zero, null,
            PriceCheck.NotApplicable, [new FactorPoints("Skills", 5, 30, "Fewer skills")]);
        var decision = CallOffDecision.Freeze(kent, referral.Id, [child.Id], [], [inHouse, offer], inHouse.Key, Hostile(0, "rationale, in enough words to pass"),
            -1, "CSV", db.Clock.GetUtcNow());
        db.CallOffDecisions.Add(decision);
        await db.SaveChangesAsync();
        return decision.Id;
    }

    public async Task<UserSession> SignInAsync(string email)
    {
        var session = Factory.Session();
        await session.SignInAsync(email);
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}
