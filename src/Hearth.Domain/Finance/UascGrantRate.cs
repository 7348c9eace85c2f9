using System.Globalization;
using Hearth.Domain.Common;

namespace Hearth.Domain.Finance;

/// <summary>
/// An authority's nightly UASC grant rate for an age band over a date range (both ends included; open when the end is
/// null), as set by the Home Office's funding instructions. Rates of the same authority and band never overlap.
/// </summary>
public sealed class UascGrantRate
{
    /// <summary>No nightly rate may exceed this: a guard against a mistyped rate (the published rates are under £200).</summary>
    public static readonly Money MaximumNightlyRate = Money.FromPence(1_000_00);

    private UascGrantRate() { }

    public int Id { get; private set; }
    public int AuthorityId { get; private set; }
    public UascAgeBand AgeBand { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    /// <summary>The last night the rate applies to (inclusive), or null while it has no end.</summary>
    public DateOnly? EffectiveTo { get; private set; }
    public Money NightlyRate { get; private set; }
    public int Version { get; private set; }

    public UascRate ToRate() => new(AgeBand, EffectiveFrom, EffectiveTo, NightlyRate);

    /// <summary>A new rate. <paramref name="existing"/> are the authority's other rates: none of the same band may overlap.</summary>
    public static UascGrantRate Create(
        int authorityId, UascAgeBand ageBand, DateOnly effectiveFrom, DateOnly? effectiveTo, Money nightlyRate, IEnumerable<UascGrantRate> existing)
    {
        var rate = new UascGrantRate { AuthorityId = authorityId };
        rate.Apply(ageBand, effectiveFrom, effectiveTo, nightlyRate, existing);
        return rate;
    }

    /// <summary>Changes the band, dates or rate (a correction, or setting the end date when a new rate is published).</summary>
    public void Change(UascAgeBand ageBand, DateOnly effectiveFrom, DateOnly? effectiveTo, Money nightlyRate, IEnumerable<UascGrantRate> existing)
    {
        Apply(ageBand, effectiveFrom, effectiveTo, nightlyRate, existing);
        Version++;
    }

    private void Apply(UascAgeBand ageBand, DateOnly effectiveFrom, DateOnly? effectiveTo, Money nightlyRate, IEnumerable<UascGrantRate> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        if (!Enum.IsDefined(ageBand)) throw new DomainException(nameof(AgeBand), "Select the age band");
        if (effectiveTo is { } to && to < effectiveFrom)
            throw new DomainException(nameof(EffectiveTo), "The end date must be the same as or after the start date");
        if (nightlyRate <= Money.Zero) throw new DomainException(nameof(NightlyRate), "The nightly rate must be more than £0");
        if (nightlyRate > MaximumNightlyRate) throw new DomainException(nameof(NightlyRate), $"The nightly rate must be {MaximumNightlyRate} or less");
        var candidate = new UascRate(ageBand, effectiveFrom, effectiveTo, nightlyRate);
        var clash = existing.Where(r => !ReferenceEquals(r, this) && (Id == 0 || r.Id != Id) && r.AuthorityId == AuthorityId)
            .Select(r => r.ToRate()).Where(candidate.Overlaps).OrderBy(r => r.EffectiveFrom).FirstOrDefault();
        if (clash != default)
            throw new DomainException(nameof(EffectiveFrom),
                $"The dates overlap the {UascAgeBands.Name(ageBand).ToLowerInvariant()} rate of {clash.NightlyRate} a night {Describe(clash)}");
        AgeBand = ageBand;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        NightlyRate = nightlyRate;
    }

    private static string Describe(UascRate rate) => rate.EffectiveTo is { } to
        ? string.Create(CultureInfo.InvariantCulture, $"from {rate.EffectiveFrom:d MMMM yyyy} to {to:d MMMM yyyy}")
        : string.Create(CultureInfo.InvariantCulture, $"from {rate.EffectiveFrom:d MMMM yyyy} with no end date");
}
