using Hearth.Domain.Sourcing;

namespace Hearth.Web.Features.Sourcing;

/// <summary>
/// A source of options for a signed-off referral's selection page and decision record. Several are registered and their
/// options combined: in-house households (<see cref="InHouseOptionsSource"/>), spot purchases
/// (<see cref="SpotPurchaseOptionsSource"/>), and — once the call-off slice is merged — framework offers with the
/// matcher's score. Option keys must be unique across sources (prefix them: "inhouse-", "offer-", "spot-").
/// The referral is already loaded within the signed-in authority's scope.
/// </summary>
public interface ISelectionOptionsSource
{
    Task<SelectionOptions> OptionsForAsync(Referral referral, DateOnly today, CancellationToken ct);
}
