using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Finance;

/// <summary>Adds and changes the signed-in authority's UASC grant rates: the pages and the API both save through here.</summary>
public static class UascRateStore
{
    public static async Task<UascGrantRate> AddAsync(
        HearthDb db, UascAgeBand band, DateOnly from, DateOnly? to, Money nightlyRate, CancellationToken ct)
    {
        var authorityId = db.Scope.FilterOrganisationId;
        var existing = await db.UascGrantRates.Where(r => r.AuthorityId == authorityId).ToListAsync(ct);
        var rate = UascGrantRate.Create(authorityId, band, from, to, nightlyRate, existing);
        db.UascGrantRates.Add(rate);
        await db.SaveChangesAsync(ct);
        return rate;
    }

    /// <summary>Changes a rate, as long as nobody changed it since <paramref name="input"/>'s version was shown.</summary>
    public static async Task ChangeAsync(HearthDb db, UascGrantRate rate, UascRateInput input, CancellationToken ct)
    {
        var existing = await db.UascGrantRates.Where(r => r.AuthorityId == rate.AuthorityId).ToListAsync(ct);
        rate.Change(input.AgeBand!.Value, input.EffectiveFrom!.Value, input.EffectiveTo, input.Rate(), existing);
        db.Entry(rate).Property(r => r.Version).OriginalValue = input.Version;
        await db.SaveChangesAsync(ct);
    }
}
