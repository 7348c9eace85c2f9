using Hearth.Domain.Placements;

namespace Hearth.Domain.Finance;

/// <summary>
/// In-house (the authority's own foster carers) or external (an agency's, whether called off a framework, spot purchased
/// or under a block contract): the comparison commissioners and finance officers make first.
/// </summary>
public enum RouteGroup
{
    InHouse = 1,
    External = 2,
}
