using Hearth.Domain.Common;

namespace Hearth.Domain.Procurement;

/// <summary>
/// The reason recorded with a suspension, reinstatement or removal of a provider: on a framework's lot
/// (<see cref="FrameworkLotMember"/>) or from an authority's call-offs (<see cref="ProviderSuspension"/>). Required, trimmed, bounded.
/// </summary>
public static class SuspensionReason
{
    public const int MaximumLength = 2_000;

    public static string Check(string? reason, string field = "Reason")
    {
        reason = (reason ?? "").Trim();
        if (reason.Length == 0) throw new DomainException(field, "Enter the reason");
        if (reason.Length > MaximumLength) throw new DomainException(field, $"The reason must be {MaximumLength:N0} characters or fewer");
        return reason;
    }
}
