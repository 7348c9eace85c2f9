using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Sourcing.Decisions;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Sourcing;

/// <summary>A frozen decision as read by its pages, exports and API (always through the scoped filters).</summary>
public sealed record DecisionView(CallOffDecision Decision, DecisionSnapshot Snapshot, IReadOnlyList<DecisionRecords.PlacementRow> Placements,
    IReadOnlyList<DecisionRecords.NoticeRow> Notices);

public static class DecisionRecords
{
    public sealed record PlacementRow(int Id, int ChildId, PlacementRoute Route, DateOnly StartDate, KeyServiceLine KeyServiceLine, FundingSource FundingSource);
    public sealed record NoticeRow(int ProviderId, string ProviderName, DateTimeOffset? SentAt);

    /// <summary>One row per option considered, for the CSV export.</summary>
    public sealed record OptionCsvRow(string Key, string Kind, string Provider, string Household, decimal WeeklyFee, decimal AdditionalCosts,
        DateOnly? EarliestStart, decimal? ComparedPrice, bool AbovePrice, string PriceBasis, int TotalScore, int MaximumScore, string Factors,
        bool Chosen, string Approval, string Rationale, string DecidedBy, string DecidedAtUtc, string Sha256);

    public static async Task<DecisionView?> FindAsync(HearthDb db, int id, CancellationToken ct)
    {
        var decision = await db.CallOffDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (decision is null) return null;
        var placements = await db.VisiblePlacements.AsNoTracking().Where(p => p.CallOffDecisionId == id).OrderBy(p => p.ChildId)
            .Select(p => new PlacementRow(p.Id, p.ChildId, p.Route, p.StartDate, p.KeyServiceLine, p.FundingSource)).ToListAsync(ct);
        var notices = await db.UnsuccessfulNotices.AsNoTracking().Where(n => n.DecisionId == id).OrderBy(n => n.ProviderId)
            .Select(n => new { n.ProviderId, n.SentAt }).ToListAsync(ct);
        var providerIds = notices.Select(n => n.ProviderId).ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => providerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return new DecisionView(decision, decision.Read(), placements,
            [.. notices.Select(n => new NoticeRow(n.ProviderId, names.GetValueOrDefault(n.ProviderId, ""), n.SentAt))]);
    }

    public static IEnumerable<OptionCsvRow> CsvRows(DecisionView view)
    {
        var s = view.Snapshot;
        return s.Options.Select(o => new OptionCsvRow(o.Key, o.Option.Kind.ToString(), o.Option.ProviderName, o.Option.HouseholdReference,
            o.Option.WeeklyFee.Pounds, o.Option.AdditionalCosts.Pounds, o.Option.EarliestStart, o.Option.PriceCheck.ComparedPrice?.Pounds,
            o.Option.PriceCheck.AbovePrice, o.Option.PriceCheck.Basis, o.TotalScore, o.MaximumScore,
            string.Join("; ", o.Option.Factors.Select(f => $"{f.Name} {f.Points}/{f.Maximum}: {f.Explanation}")),
            o.Key == s.ChosenKey,
            o.Option.Approval is { } a ? $"{a.ApprovedByName} at {a.ApprovedAt:yyyy-MM-dd HH:mm} UTC: {a.Reason}" : "",
            o.Key == s.ChosenKey ? s.Rationale : "", s.DecidedByName, s.DecidedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            view.Decision.Sha256));
    }

    public static string AnswerName(AskAnswer answer) => answer switch
    {
        AskAnswer.Offered => "Offered",
        AskAnswer.Declined => "Declined",
        _ => "No response",
    };

    public static string Instant(DateTimeOffset at) => London.ToLondon(at).ToString("d MMMM yyyy 'at' HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
