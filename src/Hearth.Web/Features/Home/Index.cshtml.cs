using Hearth.Web.Platform;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.Home;

public sealed class IndexModel(HomeTasks tasks, OrganisationScope scope) : PageModel
{
    public List<HomeCard> Cards { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Cards = await tasks.ForAsync(scope, ct);
}
