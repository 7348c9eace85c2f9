using Hearth.Web.Data;
using Hearth.Web.Features.CallOffs;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.ProviderReferrals;

/// <summary>Referrals sent to the provider (anonymised), with its task list: referrals to answer and their deadlines.</summary>
[Authorize(Roles = Roles.ProviderUser)]
public sealed class IndexModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    public List<CallOffsApi.ProviderReferralDto> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var list = await db.CallOffs.AsNoTracking().Include(c => c.Recipients).Include(c => c.Offers).AsSplitQuery()
            .OrderByDescending(c => c.Id).Take(200).ToListAsync(ct);
        Rows = list.Where(c => c.WasAsked(scope.FilterOrganisationId)).Select(c => CallOffsApi.ProviderDto(c, scope.FilterOrganisationId, now)).ToList();
    }
}
