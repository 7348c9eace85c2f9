using Hearth.Domain.Common;

namespace Hearth.Domain.Placements;

/// <summary>Finance's corrections of how a placement is reported and funded, and its link to the call-off decision.</summary>
public sealed partial class Placement
{
    /// <summary>The frozen call-off decision the placement was awarded from; null for imported or older placements.</summary>
    public int? CallOffDecisionId { get; private set; }

    internal void LinkDecision(int decisionId) => CallOffDecisionId = decisionId;

    /// <summary>
    /// Finance changes the key service line and funding source the rule set on award (for example a child later found
    /// to be UASC). The change is kept as a correction with its reason.
    /// </summary>
    public void Recode(KeyServiceLine keyServiceLine, FundingSource fundingSource, string reason, DateOnly today)
    {
        if (!Enum.IsDefined(keyServiceLine)) throw new DomainException(nameof(KeyServiceLine), "Select the key service line");
        if (!Enum.IsDefined(fundingSource)) throw new DomainException(nameof(FundingSource), "Select the funding source");
        if (keyServiceLine == KeyServiceLine && fundingSource == FundingSource)
            throw new DomainException(nameof(KeyServiceLine), "The key service line and funding source are the same as recorded");
        var why = CheckReason(reason);
        if (keyServiceLine != KeyServiceLine)
            _corrections.Add(new PlacementCorrection(nameof(KeyServiceLine), KeyServiceLine.ToString(), keyServiceLine.ToString(), why, today));
        if (fundingSource != FundingSource)
            _corrections.Add(new PlacementCorrection(nameof(FundingSource), FundingSource.ToString(), fundingSource.ToString(), why, today));
        KeyServiceLine = keyServiceLine;
        FundingSource = fundingSource;
        Version++;
    }
}
