using Hearth.Domain.Organisations;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Data.Demo;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Scoping;

/// <summary>The demo call-offs (Data/Demo/DemoCallOffs.cs) the scoping matrix uses as own and other ids.</summary>
public static class CallOffScopeIds
{
    /// <summary>The authority's open demo call-off (the demo provider was asked it and has not answered).</summary>
    public static Task<int> DemoCallOffOfAsync(this ScopeContext c, int authorityId) => c.App.WithDbAsync(async db =>
    {
        var name = await db.Authorities.Where(a => a.Id == authorityId).Select(a => a.Name).SingleAsync();
        return await DemoCallOffs.OpenOne(db, name).Select(o => o.Id).SingleAsync();
    });

    /// <summary>A call-off the demo provider (Brackenfold) was asked to answer: Kent's open one.</summary>
    public static async Task<string> ProviderOwnAsync(this ScopeContext c, string format) =>
        c.Kind == OrganisationKind.Provider
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, format, await c.DemoCallOffOfAsync(await c.App.WithDbAsync(db =>
                db.Authorities.Where(a => a.Name == DemoData.KentName).Select(a => a.Id).SingleAsync())))
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, await c.DemoCallOffOfAsync(await c.AuthorityIdAsync(own: true)));

    /// <summary>A call-off the demo provider was never asked: one of the demo call-offs with the provider's recipient row removed.</summary>
    public static Task<int> CallOffNotSentToDemoProviderAsync(this ScopeContext c) => c.App.WithDbAsync(async db =>
    {
        var provider = await db.Providers.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var found = await db.CallOffs.Where(o => !o.Recipients.Any(r => r.ProviderId == provider)).Select(o => o.Id).FirstOrDefaultAsync();
        if (found != 0) return found;
        var id = await db.CallOffs.OrderBy(o => o.SentAt).Select(o => o.Id).FirstAsync();
        await db.Set<CallOffRecipient>().Where(r => r.CallOffId == id && r.ProviderId == provider).ExecuteDeleteAsync();
        return id;
    });

    public static async Task<string> ProviderOtherAsync(this ScopeContext c, string format) =>
        c.Kind == OrganisationKind.Provider
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, format, await c.CallOffNotSentToDemoProviderAsync())
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, await c.DemoCallOffOfAsync(await c.AuthorityIdAsync(own: false)));

    public static Task<bool> CallOffStillOpenAsync(this ScopeContext c, int authorityId) => c.App.WithDbAsync(async db =>
    {
        var name = await db.Authorities.Where(a => a.Id == authorityId).Select(a => a.Name).SingleAsync();
        return await DemoCallOffs.OpenOne(db, name).AnyAsync(o => o.Status == CallOffStatus.Open);
    });
}
