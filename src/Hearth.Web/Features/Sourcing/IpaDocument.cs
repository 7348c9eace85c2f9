using System.Globalization;
using Hearth.Domain.Common;
using Hearth.Domain.Placements;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Decisions;
using Hearth.Web.Data;
using Hearth.Web.Features.Finance;
using Hearth.Web.Platform.Pdf;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Sourcing;

/// <summary>
/// The Individual Placement Agreement for a frozen decision: the parties, the framework's terms (name, reference, lot and
/// the provider's contracted weekly price for the child's category and age band on the start date), the chosen option
/// (weekly fee, additional costs, start) and the child's details as the authority holds them. Read through the signed-in
/// user's scope: authority staff, or the chosen provider (whose filter shows it the decision and its placed children).
/// </summary>
public static class IpaDocument
{
    public static async Task<byte[]?> BuildAsync(HearthDb db, int decisionId, CancellationToken ct)
    {
        var view = await DecisionRecords.FindAsync(db, decisionId, ct);
        if (view is null) return null;
        var s = view.Snapshot;
        var chosen = s.Chosen.Option;
        var organisationIds = new List<int> { s.AuthorityId };
        if (chosen.ProviderId is { } pid) organisationIds.Add(pid);
        var names = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var children = await db.Children.AsNoTracking().Where(c => s.ChildIds.Contains(c.Id)).OrderBy(c => c.DateOfBirth).ToListAsync(ct);
        // The agreement names the children: its download, by the authority or the provider, is recorded (ADR 0026).
        await db.RecordAccessAsync(Platform.Audit.SensitiveReads.Export($"Individual Placement Agreement (PDF), call-off decision {decisionId}",
            s.AuthorityId, children.Select(c => (c.Id, c.AuthorityId))), ct);
        var first = view.Placements.FirstOrDefault();
        var start = first?.StartDate ?? London.DateOf(s.DecidedAt);
        var category = first is null ? (PlacementCategory?)null
            : await db.VisiblePlacements.Where(p => p.Id == first.Id).Select(p => (PlacementCategory?)p.Category).SingleOrDefaultAsync(ct);

        var pdf = new SimplePdf($"Individual Placement Agreement: call-off decision {decisionId}")
            .Heading("Individual Placement Agreement")
            .Paragraph($"Made under call-off decision {decisionId} (record fingerprint SHA-256 {view.Decision.Sha256}).", 9)
            .Heading("Parties", 13)
            .Row("Placing authority", names.GetValueOrDefault(s.AuthorityId, ""))
            .Row("Provider", chosen.ProviderId is { } p ? names.GetValueOrDefault(p, "") : "The authority's own foster carers (in-house)")
            .Row("Carer household", chosen.HouseholdReference);

        pdf.Heading("Framework terms", 13);
        if (chosen.FrameworkId is { } frameworkId && chosen.ProviderId is { } providerId)
        {
            var framework = await db.Frameworks.AsNoTracking().Include(f => f.Uplifts).SingleOrDefaultAsync(f => f.Id == frameworkId, ct);
            var member = category is null ? null : await db.FrameworkLotMembers.AsNoTracking()
                .Where(m => m.FrameworkId == frameworkId && m.ProviderId == providerId && m.Category == category)
                .OrderBy(m => m.LotNumber).FirstOrDefaultAsync(ct);
            pdf.Row("Framework", framework is null ? chosen.FrameworkReference ?? "" : $"{framework.Title} ({framework.Reference})");
            if (member is not null && framework is not null)
            {
                var age = children.Count == 0 ? 0 : Child.AgeOn(children[0].DateOfBirth, start);
                var band = member.AgeBands.Bands.FirstOrDefault(b => b.Contains(age));
                var price = framework.PriceOn(member, $"CAT-{(int)member.Category}", age, start);
                pdf.Row("Lot", $"Lot {member.LotNumber}: {member.LotName}")
                    .Row("Contracted price", price is { } cp ? $"{cp} a week for ages {band} on {start:d MMMM yyyy}" : "No contracted price for this age band");
            }
            else
            {
                pdf.Row("Lot", chosen.LotNumber is { } lot ? $"Lot {lot}" : "Not recorded");
            }
            pdf.Paragraph("The framework agreement's terms and conditions apply to this placement; where this agreement and the framework differ, the framework prevails.");
        }
        else
        {
            pdf.Paragraph(chosen.Kind == DecisionOptionKind.Spot
                ? "Spot purchase: not called off a framework. The authority's standard terms for spot placements apply."
                : "In-house placement: the authority's fostering allowances and carer agreement apply.");
        }

        pdf.Heading("The placement", 13)
            .Row("Start date", start.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")))
            .Row("Weekly fee", $"{chosen.WeeklyFee} per child")
            .Row("Additional costs", $"{chosen.AdditionalCosts} a week")
            .Row("Price check", chosen.PriceCheck.ComparedPrice is { } cmp ? $"{(chosen.PriceCheck.AbovePrice ? "Above" : "Within")} {cmp} ({chosen.PriceCheck.Basis})" : chosen.PriceCheck.Basis);
        if (category is { } cat) pdf.Row("Category", cat.ToString());
        if (first is not null) pdf.Row("Budget", $"{SpendReport.KeyServiceLineName(first.KeyServiceLine)}; {SpendReport.FundingSourceName(first.FundingSource)}");

        pdf.Heading(children.Count == 1 ? "The child" : "The children", 13);
        foreach (var c in children)
        {
            pdf.Row("Name", c.FullName)
                .Row("Date of birth", c.DateOfBirth.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")))
                .Row("Case reference", c.CaseReference)
                .Row("Legal status", c.LegalStatus)
                .Row("First language", c.FirstLanguage)
                .Row("Religion", c.Religion)
                .Row("Needs", (c.IsUasc ? "Unaccompanied asylum-seeking child. " : "") + (c.HasDisability ? "Disabled." : ""))
                .Space(6);
        }
        pdf.Heading("Signed", 13)
            .Paragraph("For the placing authority: ______________________  Date: __________")
            .Paragraph("For the provider: ______________________  Date: __________");
        return pdf.Build();
    }
}
