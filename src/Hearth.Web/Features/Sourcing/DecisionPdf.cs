using Hearth.Web.Platform.Pdf;

namespace Hearth.Web.Features.Sourcing;

/// <summary>The decision record as a PDF for the file: the same content as the page.</summary>
public static class DecisionPdf
{
    public static byte[] Build(DecisionView view)
    {
        var s = view.Snapshot;
        var pdf = new SimplePdf($"Call-off decision {view.Decision.Id}")
            .Heading($"Call-off decision record {view.Decision.Id}")
            .Paragraph("This record is frozen: it cannot be changed.")
            .Row("Referral", s.ReferralId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Row("Decided by", s.DecidedByName)
            .Row("Decided", DecisionRecords.Instant(s.DecidedAt))
            .Row("Chosen", SelectionModel.Label(s.Chosen.Option))
            .Row("SHA-256", view.Decision.Sha256)
            .Heading("Rationale", 13).Paragraph(s.Rationale);
        pdf.Heading("Providers asked", 13);
        if (s.Asks.Count == 0) pdf.Paragraph("No providers were asked through a call-off.");
        foreach (var a in s.Asks)
            pdf.Row(a.ProviderName, $"Asked {DecisionRecords.Instant(a.AskedAt)}; {DecisionRecords.AnswerName(a.Answer)}"
                + (a.AnsweredAt is { } at ? $" {DecisionRecords.Instant(at)}" : "") + (a.DeclineReason is { Length: > 0 } r ? $": {r}" : ""));
        pdf.Heading("Options considered", 13);
        foreach (var o in s.Options)
        {
            pdf.Paragraph((o.Key == s.ChosenKey ? "CHOSEN: " : "") + SelectionModel.Label(o.Option), bold: true)
                .Row("Weekly fee", $"{o.Option.WeeklyFee} plus {o.Option.AdditionalCosts} additional costs")
                .Row("Price check", o.Option.PriceCheck.ComparedPrice is { } p ? $"{(o.Option.PriceCheck.AbovePrice ? "Above" : "Within")} {p} ({o.Option.PriceCheck.Basis})" : o.Option.PriceCheck.Basis)
                .Row("Score", $"{o.TotalScore} of {o.MaximumScore}");
            foreach (var f in o.Option.Factors) pdf.Row($"  {f.Name}", $"{f.Points} of {f.Maximum}: {f.Explanation}");
            if (o.Option.Approval is { } ap) pdf.Row("Approved by", $"{ap.ApprovedByName}, {DecisionRecords.Instant(ap.ApprovedAt)}: {ap.Reason}");
            pdf.Space(4);
        }
        pdf.Heading("Unsuccessful providers to be told", 13);
        if (s.Unsuccessful.Count == 0) pdf.Paragraph("None.");
        foreach (var u in s.Unsuccessful) pdf.Row(u.ProviderName, u.OptionKey);
        return pdf.Build();
    }
}
