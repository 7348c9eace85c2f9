using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Finance;

/// <summary>
/// What is owed to providers for a payment period, per placement and weekly fee, by <see cref="ProviderPayments"/> (the
/// one costing rule). Scoped by <see cref="HearthDb.VisiblePlacements"/>: an authority sees its placements with every
/// provider, a provider its own placements with every authority. In-house placements are not paid to a provider. No child's
/// name or date of birth is read: the placement reference identifies the line.
/// </summary>
public sealed class PaymentSchedule(HearthDb db)
{
    public sealed record Line(
        int ProviderId, string Provider, string ProviderUrn, string Authority, int PlacementId, string PlacementReference,
        DateOnly From, DateOnly ToExclusive, int Nights, Money WeeklyFee, Money Amount, string Item = FeeItem);

    /// <summary>What a line is for: the weekly fee, or an additional cost's description.</summary>
    public const string FeeItem = "Weekly fee";

    public sealed record ExportRow(
        string ProviderName, string ProviderUrn, int ProviderId, string Authority, string PlacementReference, string Period,
        DateOnly From, DateOnly To, int Nights, decimal WeeklyFee, decimal Amount, long AmountPence, string Item);

    public async Task<List<Line>> ForAsync(PaymentPeriod period, CancellationToken ct)
    {
        var rows = await (from p in db.VisiblePlacements.AsNoTracking()
                          where p.ProviderId != null && p.StartDate < period.EndExclusive && (p.EndDate == null || p.EndDate > period.Start)
                          join o in db.Providers on p.ProviderId equals o.Id
                          join a in db.Organisations on p.AuthorityId equals a.Id
                          select new
                          {
                              p.Id, p.ExternalReference, ProviderId = o.Id, Provider = o.Name, o.OfstedUrn, Authority = a.Name, p.StartDate, p.EndDate,
                              Fees = p.FeePeriods.OrderBy(f => f.EffectiveFrom).Select(f => new FeePeriod(f.EffectiveFrom, f.WeeklyFee)).ToList(),
                              AdditionalCosts = p.AdditionalCosts.ToList(),
                          }).ToListAsync(ct);
        return rows
            .SelectMany(r => ProviderPayments.For(r.StartDate, r.EndDate, r.Fees, period).Select(l => new Line(
                r.ProviderId, r.Provider, r.OfstedUrn, r.Authority, r.Id, UascGrantReport.PlacementReference(r.Id, r.ExternalReference),
                l.From, l.ToExclusive, l.Nights, l.WeeklyFee, l.Amount))
                .Concat(ProviderPayments.ForAdditional(r.StartDate, r.EndDate, r.AdditionalCosts, period).Select(a => new Line(
                    r.ProviderId, r.Provider, r.OfstedUrn, r.Authority, r.Id, UascGrantReport.PlacementReference(r.Id, r.ExternalReference),
                    a.Line.From, a.Line.ToExclusive, a.Line.Nights, a.Line.WeeklyFee, a.Line.Amount, a.Description))))
            .OrderBy(l => l.Provider, StringComparer.Ordinal).ThenBy(l => l.Authority, StringComparer.Ordinal)
            .ThenBy(l => l.PlacementReference, StringComparer.Ordinal).ThenBy(l => l.From)
            .ToList();
    }

    public static IEnumerable<ExportRow> ExportRows(IEnumerable<Line> lines, PaymentPeriod period) => lines.Select(l => new ExportRow(
        l.Provider, l.ProviderUrn, l.ProviderId, l.Authority, l.PlacementReference, period.ToString(), l.From, l.ToExclusive.AddDays(-1),
        l.Nights, l.WeeklyFee.Pounds, l.Amount.Pounds, l.Amount.Pence, l.Item));
}
