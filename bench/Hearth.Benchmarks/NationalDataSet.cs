using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Sourcing;

namespace Hearth.Benchmarks;

/// <summary>
/// A generated national data set, held as domain objects built through their factories (so every row has passed the
/// domain's own rules). The objects' <c>Id</c> properties are not set (nothing was saved through EF); each row's id is
/// its position instead, as documented on each list, and every foreign key in the objects already uses those ids.
/// </summary>
internal sealed class NationalDataSet
{
    /// <summary>Authority at index i has organisation id i + 1.</summary>
    public required IReadOnlyList<Authority> Authorities { get; init; }

    /// <summary>Provider at index i has organisation id <see cref="ProviderId"/>(i), after all the authorities.</summary>
    public required IReadOnlyList<Provider> Providers { get; init; }

    /// <summary>Framework at index i has id i + 1; its members are numbered in framework then member order.</summary>
    public required IReadOnlyList<Framework> Frameworks { get; init; }

    /// <summary>Household at index i has id i + 1.</summary>
    public required CarerHousehold[] Households { get; init; }

    /// <summary>Child at index i has id i + 1; it is the child of the placement at the same index.</summary>
    public required Child[] Children { get; init; }

    /// <summary>Placement at index i has id i + 1; fee periods are numbered in placement then date order.</summary>
    public required Placement[] Placements { get; init; }

    public int AuthorityId(int index) => index + 1;

    public int ProviderId(int index) => Authorities.Count + index + 1;

    public int FeePeriodCount => Placements.Sum(p => p.FeePeriods.Count);
}
