using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Hearth.Web.Data.Demo;
using Hearth.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Browser.Tests.Infrastructure;

/// <summary>
/// Finds the demo records a journey works on, by a stable rule, straight from the app's database (system scope): a
/// person would pick them from the pages, but the test needs to know beforehand which one it will change.
/// </summary>
public static class DemoRecords
{
    public sealed record LivePlacement(int Id, string CaseReference, string Child, int? ProviderId, Hearth.Domain.Common.Money WeeklyFee, DateOnly StartDate, DateOnly LastFeeFrom);

    public static async Task<T> WithDbAsync<T>(this HearthBrowserFixture app, Func<HearthDb, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().EnterSystemScope();
        return await action(scope.ServiceProvider.GetRequiredService<HearthDb>());
    }

    /// <summary>
    /// A live Medway framework placement counted from the end by id (0 = the last). The Web tests take theirs from the
    /// start of the same list, so the browser journeys work on placements nobody else changes. Generated placements only:
    /// not one made by a call-off decision (the demo's decided referrals and the journeys' own start in the future, so they
    /// cannot be ended today).
    /// </summary>
    public static Task<LivePlacement> LiveMedwayFrameworkPlacementAsync(this HearthBrowserFixture app, int fromEnd) => app.WithDbAsync(async db =>
    {
        var medway = await db.Authorities.Where(a => a.Name == DemoData.MedwayName).Select(a => a.Id).SingleAsync();
        var p = await db.Placements.Include(x => x.FeePeriods)
            .Where(x => x.AuthorityId == medway && x.EndDate == null && x.Route == PlacementRoute.Framework && x.CallOffDecisionId == null)
            .OrderByDescending(x => x.Id).Skip(fromEnd).FirstAsync();
        var child = await db.Children.SingleAsync(c => c.Id == p.ChildId);
        return new LivePlacement(p.Id, child.CaseReference, child.GivenName + " " + child.FamilyName, p.ProviderId,
            p.CurrentWeeklyFee, p.StartDate, p.FeePeriods.Max(f => f.EffectiveFrom));
    });
}
