using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Scoping;

/// <summary>Carer households the scoping matrix uses as own and other ids (every demo organisation owns some).</summary>
public static class HouseholdScopeIds
{
    public static Task<int> HouseholdOfAsync(this ScopeContext c, int organisationId) => c.App.WithDbAsync(db =>
        db.CarerHouseholds.Where(h => h.OwnerOrganisationId == organisationId).OrderBy(h => h.Id).Select(h => h.Id).FirstAsync());

}
