using Hearth.Domain.Common;
using Hearth.Domain.Placements;

namespace Hearth.Domain.Finance;

/// <summary>One cell of the spend report: a financial year by authority, key service line, funding source, route and provider.</summary>
public readonly record struct SpendKey(
    FinancialYear Year, int AuthorityId, KeyServiceLine KeyServiceLine, FundingSource FundingSource, PlacementRoute Route, int? ProviderId);
