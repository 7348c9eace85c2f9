using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.CallOffs;

/// <summary>A call-off for the broker: who was asked and when, deadlines, answers, and offers with their price check.</summary>
[Authorize(Roles = Roles.Broker)]
public sealed class DetailsModel(CallOffRecords records, Sourcing.OfferScoring scoring, TimeProvider clock) : PageModel
{
    /// <summary>The matcher's score of each offer (the same service as the selection options).</summary>
    public IReadOnlyDictionary<int, Domain.Sourcing.Matching.MatchResult> Scores { get; private set; } = new Dictionary<int, Domain.Sourcing.Matching.MatchResult>();

    public CallOff CallOff { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }
    [BindProperty(SupportsGet = true)] public string? Saved { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? ClosedReason { get; set; }
        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await records.FindAsync(id, ct) is not { } found || !IsAuthorityCallOff()) return NotFound();
        var callOff = await records.AdvanceAsync(found, ct);
        CallOff = callOff;
        Now = clock.GetUtcNow();
        Input.Version = callOff.Version;
        Scores = await scoring.ScoresAsync(callOff, Domain.Common.London.Today(clock), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct)
    {
        if (await records.FindAsync(id, ct) is not { } callOff || !IsAuthorityCallOff()) return NotFound();
        CallOff = callOff;
        Now = clock.GetUtcNow();
        await records.CloseAsync(callOff, Input.Version, Input.ClosedReason, ct);
        return Redirect($"/call-offs/{id}?saved=closed");
    }

    private bool IsAuthorityCallOff() => HttpContext.RequestServices.GetRequiredService<OrganisationScope>().IsAuthority;
}
