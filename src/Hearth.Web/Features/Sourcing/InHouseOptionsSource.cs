using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Decisions;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Sourcing;

/// <summary>
/// The authority's own carer households that could take the referral's children: the age range covers every child on the
/// day the placement is needed, and enough places are free for the whole group. No score factors yet: the match slice's
/// scorer replaces this source (the integrator wires it), so the options carry an empty breakdown, not invented points.
/// </summary>
public sealed class InHouseOptionsSource(HearthDb db) : ISelectionOptionsSource
{
    public const string KeyPrefix = "inhouse-";

    /// <summary>More than this is not a comparison a broker can read; the matcher will rank them instead.</summary>
    public const int MaximumShown = 30;

    public async Task<SelectionOptions> OptionsForAsync(Referral referral, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var childIds = referral.Children.Select(c => c.ChildId).ToList();
        var births = await db.Children.AsNoTracking().Where(c => childIds.Contains(c.Id)).Select(c => c.DateOfBirth).ToListAsync(ct);
        if (births.Count == 0) return SelectionOptions.Empty;
        var on = referral.NeededFrom is { } needed && needed > today ? needed : today;
        var youngest = births.Min(b => Child.AgeOn(b, on));
        var oldest = births.Max(b => Child.AgeOn(b, on));
        var count = births.Count;
        var households = await db.CarerHouseholds.AsNoTracking()
            .Where(h => h.OwnerOrganisationId == referral.AuthorityId && h.AgeFrom <= youngest && h.AgeTo >= oldest
                && h.ApprovedPlaces - h.CommittedPlaces >= count)
            .OrderByDescending(h => h.ConfirmedOn).ThenByDescending(h => h.Id).Take(MaximumShown)
            .Select(h => new { h.Id, h.Reference, h.PostcodeDistrict, h.ApprovedPlaces, h.CommittedPlaces })
            .ToListAsync(ct);
        var options = households.Select(h => new DecisionOption($"{KeyPrefix}{h.Id}", DecisionOptionKind.InHouse, null, "", h.Id,
            h.Reference, Money.Zero, Money.Zero, null, PriceCheck.NotApplicable, [])).ToList();
        return new SelectionOptions(options, []);
    }
}
