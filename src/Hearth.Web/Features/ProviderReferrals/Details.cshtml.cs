using Hearth.Domain.Common;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.CallOffs;
using Hearth.Web.Features.CallOffs;
using Hearth.Web.Features.Placements;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Hearth.Web.Features.ProviderReferrals;

/// <summary>A referral sent to the provider: the anonymised profile, and the offer or decline forms while time remains.</summary>
[Authorize(Roles = Roles.ProviderUser)]
public sealed class DetailsModel(CallOffRecords records, OrganisationScope scope, TimeProvider clock) : PageModel
{
    public static readonly List<SelectListItem> DeclineOptions = Enum.GetValues<DeclineReason>()
        .Select(r => new SelectListItem(CallOffText.DeclineReason(r), r.ToString())).ToList();

    public CallOffsApi.ProviderReferralDto View { get; private set; } = null!;
    public List<Child> Released { get; private set; } = [];
    public List<SelectListItem> Households { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? Saved { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public int Version { get; set; }
        public int? HouseholdId { get; set; }
        public string? WeeklyFee { get; set; }
        public string? AdditionalCosts { get; set; }
        public string? AdditionalCostsDescription { get; set; }
        public DateOnly? EarliestStart { get; set; }
        public DeclineReason? DeclineReason { get; set; }
        public string? DeclineDetails { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostOfferAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } c) return NotFound();
        var fee = Input.WeeklyFee is { Length: > 0 } ? PlacementInput.ParseFee(Input.WeeklyFee, "WeeklyFee") : (Money?)null;
        var extra = Input.AdditionalCosts is { Length: > 0 } ? PlacementInput.ParseFee(Input.AdditionalCosts, "AdditionalCosts") : Money.Zero;
        await records.OfferAsync(c, Input.Version, Input.HouseholdId, fee, extra, Input.AdditionalCostsDescription, Input.EarliestStart, ct);
        return Redirect($"/provider/referrals/{id}?saved=offered");
    }

    public async Task<IActionResult> OnPostDeclineAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } c) return NotFound();
        await records.DeclineAsync(c, Input.Version, Input.DeclineReason, Input.DeclineDetails, ct);
        return Redirect($"/provider/referrals/{id}?saved=declined");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } c) return NotFound();
        await records.WithdrawAsync(c, Input.Version, ct);
        return Redirect($"/provider/referrals/{id}?saved=withdrawn");
    }

    private async Task<CallOff?> LoadAsync(int id, CancellationToken ct)
    {
        if (await CallOffsApi.FindForProviderAsync(records, scope, id, ct) is not { } c) return null;
        Released = await records.ReleasedChildrenAsync(c, ct);
        View = CallOffsApi.ProviderDto(c, scope.FilterOrganisationId, clock.GetUtcNow(), Released);
        Households = (await records.ProviderHouseholdsAsync(London.Today(clock), ct))
            .Select(h => new SelectListItem($"{h.Reference} ({h.VacantPlaces} vacant place{(h.VacantPlaces == 1 ? "" : "s")})", h.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        if (Request.Method == "GET") Input.Version = c.Version;
        return c;
    }
}
