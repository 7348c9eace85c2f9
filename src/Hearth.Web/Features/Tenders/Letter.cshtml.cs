using System.Globalization;
using Hearth.Domain.Common;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Hearth.Web.Platform.Pdf;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Tenders;

/// <summary>
/// The standstill letter for one bid as a PDF: successful or unsuccessful, the bidder's scores, the winning scores,
/// the reasons, and when standstill ends. For the tender's authorities and for the bidder itself.
/// </summary>
[Authorize(Roles = TenderRoles.Readers + "," + Roles.ProviderUser)]
public sealed class LetterModel(HearthDb db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int bidId, CancellationToken ct)
    {
        var tender = await db.Tenders.AsNoTracking().Include(t => t.Lots).Include(t => t.Parties).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (tender is null || tender.Status != TenderStatus.Awarded) return NotFound();
        var result = await db.TenderResults.AsNoTracking().SingleOrDefaultAsync(r => r.TenderId == id && r.BidId == bidId, ct);
        if (result is null) return NotFound();
        // The winning scores of the lot are quoted in every letter: read the rank-1 row alone (no other bidder's identity).
        var winner = await db.TenderResults.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.TenderId == id && r.LotNumber == result.LotNumber && r.Rank == 1)
            .Select(r => new { r.PriceScore, r.QualityScore, r.Total }).FirstOrDefaultAsync(ct);
        var provider = await db.Providers.IgnoreQueryFilters().AsNoTracking().Where(p => p.Id == result.ProviderId).Select(p => p.Name).SingleAsync(ct);
        var lead = await db.Authorities.IgnoreQueryFilters().AsNoTracking().Where(a => a.Id == tender.LeadAuthorityId).Select(a => a.Name).SingleAsync(ct);
        var lot = tender.Lot(result.LotNumber);
        var pdf = Write(tender, lot, result, winner?.PriceScore, winner?.QualityScore, winner?.Total, provider, lead);
        var file = $"{tender.Reference}-lot-{lot.Number}-standstill-{Slug(provider)}.pdf";
        return File(pdf, "application/pdf", file);
    }

    public static byte[] Write(Tender tender, TenderLot lot, TenderResult result, decimal? winningPrice, decimal? winningQuality, decimal? winningTotal, string provider, string lead)
    {
        var standstillEnd = tender.StandstillEnd!.Value;
        var pdf = new SimplePdf($"{tender.Reference} lot {lot.Number}: standstill letter to {provider}");
        pdf.Paragraph(lead, 11, bold: true)
           .Paragraph($"To: {provider}")
           .Paragraph($"Date: {TenderText.Date(tender.AwardedOn!.Value)}")
           .Heading($"{tender.Title}: lot {lot.Number}, {lot.Name}")
           .Paragraph(result.Awarded
               ? "We are pleased to tell you that your bid was successful. Subject to the standstill period, you will be offered a place on this lot of the framework agreement."
               : "Thank you for your bid. We are sorry to tell you that it was not successful on this lot.")
           .Heading("Your scores", 13);
        pdf.Row("Compliant", result.Compliant ? "Yes" : "No")
           .Row("Quality score", $"{TenderText.Score(result.QualityScore)} of {lot.Method.QualityWeight}")
           .Row("Price score", $"{TenderText.Score(result.PriceScore)} of {lot.Method.PriceWeight}")
           .Row("Total", $"{TenderText.Score(result.Total)} of 100")
           .Row("Rank", result.Rank?.ToString(CultureInfo.InvariantCulture) ?? "Not ranked");
        if (result.Reasons.Count > 0)
        {
            pdf.Heading("Reasons", 13);
            foreach (var reason in result.Reasons) pdf.Paragraph("• " + reason);
        }
        pdf.Heading("The winning bid’s scores", 13)
           .Row("Quality score", TenderText.Score(winningQuality))
           .Row("Price score", TenderText.Score(winningPrice))
           .Row("Total", TenderText.Score(winningTotal))
           .Heading("Standstill", 13)
           .Paragraph($"The standstill period ends at midnight at the end of {TenderText.Date(standstillEnd)}. The framework agreement will not be entered into before then. If you have questions about this decision, write to us before that date.")
           .Paragraph(Hearth.Domain.Procurement.Standstill.Basis(tender.Regime))
           .Rule()
           .Paragraph($"Prices were scored {TenderText.Method(lot.Method.Method).ToLowerInvariant()}; price {lot.Method.PriceWeight}%, quality {lot.Method.QualityWeight}%. Ties were broken by the higher quality score, then the lower price, then the earlier submission.", 9);
        return pdf.Build();
    }

    private static string Slug(string name) =>
        new string(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}
