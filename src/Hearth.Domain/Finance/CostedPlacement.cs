using Hearth.Domain.Common;
using Hearth.Domain.Placements;

namespace Hearth.Domain.Finance;

/// <summary>What the spend calculation needs of a placement: its dimensions, its dates and its fee periods (in date order).</summary>
public sealed record CostedPlacement(
    int AuthorityId, KeyServiceLine KeyServiceLine, FundingSource FundingSource, PlacementRoute Route, int? ProviderId,
    DateOnly StartDate, DateOnly? EndDate, IReadOnlyList<FeePeriod> FeePeriods);
