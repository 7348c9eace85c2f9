using Hearth.Domain.Common;

namespace Hearth.Domain.Finance;

/// <summary>
/// A nightly UASC grant rate for one age band, in force from <see cref="EffectiveFrom"/> to <see cref="EffectiveTo"/> (both
/// included; no end when null): what <see cref="UascGrant"/> needs of a stored <see cref="UascGrantRate"/>.
/// </summary>
public readonly record struct UascRate(UascAgeBand AgeBand, DateOnly EffectiveFrom, DateOnly? EffectiveTo, Money NightlyRate)
{
    public bool Covers(DateOnly night) => night >= EffectiveFrom && (EffectiveTo is not { } to || night <= to);

    public bool Overlaps(UascRate other) =>
        other.AgeBand == AgeBand
        && (EffectiveTo is not { } to || other.EffectiveFrom <= to)
        && (other.EffectiveTo is not { } otherTo || EffectiveFrom <= otherTo);
}
