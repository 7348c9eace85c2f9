using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Tenders;

/// <summary>
/// One tender: its particulars, lots, panel and clarifications, and the next step for the lead commissioner
/// (publish, open the bids after the deadline, evaluate, award).
/// </summary>
[Authorize(Roles = TenderRoles.Readers)]
public sealed class DetailsModel(TenderWorkflow workflow, HearthDb db) : PageModel
{
    public sealed record ClarificationRow(int Id, string Question, DateTimeOffset AskedAt, string? Answer, DateTimeOffset? PublishedAt);
    public sealed record LotProgress(int Number, int Bids, int Moderated);

    public Tender Tender { get; private set; } = null!;
    public Dictionary<int, string> AuthorityNames { get; private set; } = [];
    public string? DecisionReference { get; private set; }
    public List<ClarificationRow> Clarifications { get; private set; } = [];
    public Dictionary<int, LotProgress> Progress { get; private set; } = [];
    public string? Saved { get; private set; }
    public bool CanManage { get; private set; }
    public DateTimeOffset Now => workflow.Now;
    public DateOnly StandstillEnd => Tender.StandstillEnd ?? Tender.PlannedStandstillEnd(TenderWorkflow.BankHolidays);
    public bool IsEvaluator => workflow.UserId is { } id && Tender.IsEvaluator(id);

    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, string? saved, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Saved = saved;
        Version = Tender.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) =>
        await ActAsync(id, t => t.Publish(workflow.Now, TenderWorkflow.BankHolidays),
            "Tender published. Providers can now see it and bid; bids stay sealed until you open them after the deadline.", ct);

    public async Task<IActionResult> OnPostOpenAsync(int id, CancellationToken ct) =>
        await ActAsync(id, t => t.Open(workflow.Now, OpenerName()),
            "Bids opened. The opening is recorded with your name and the time; the evaluation panel can now score.", ct);

    /// <summary>The person opening the bids as the page shows them: "Sarah Chalk (commissioner@kent.example)".</summary>
    private string OpenerName()
    {
        var email = User.Identity?.Name ?? "unknown";
        var name = Hearth.Web.Platform.Ui.Branding.DisplayName(User);
        return name == email ? email : $"{name} ({email})";
    }

    public async Task<IActionResult> OnPostRemoveLotAsync(int id, int lot, CancellationToken ct) =>
        await ActAsync(id, t => t.RemoveLot(lot), $"Lot {lot} removed", ct);

    private async Task<IActionResult> ActAsync(int id, Action<Tender> action, string message, CancellationToken ct)
    {
        // Readers may see the page; only commissioners act on it (and only the lead's, checked by CanManage).
        if (!User.IsInRole(Roles.Commissioner)) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanManage) return Forbid();
        action(Tender);
        await workflow.SaveAsync(Tender, Version, ct);
        return Redirect($"/tenders/{id}?saved=" + Uri.EscapeDataString(message));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await workflow.FindAsync(id, ct) is not { } tender) return false;
        Tender = tender;
        CanManage = workflow.CanManage(tender);
        var ids = tender.AuthorityIds.ToList();
        AuthorityNames = await db.Authorities.IgnoreQueryFilters().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        DecisionReference = tender.KeyDecisionId is { } d
            ? await db.KeyDecisions.IgnoreQueryFilters().Where(k => k.Id == d).Select(k => k.Reference).SingleOrDefaultAsync(ct)
            : null;
        Clarifications = await db.Clarifications.AsNoTracking().Where(c => c.TenderId == id).OrderBy(c => c.AskedAt)
            .Select(c => new ClarificationRow(c.Id, c.Question, c.AskedAt, c.Answer, c.PublishedAt)).ToListAsync(ct);
        // Bids are invisible here until opened (query filter), so this is empty before the opening event.
        var bids = await db.Bids.AsNoTracking().Where(b => b.TenderId == id && b.Submissions.Any() && b.Status != BidStatus.Withdrawn)
            .Select(b => new { b.Id, b.LotNumber }).ToListAsync(ct);
        var bidIds = bids.Select(b => b.Id).ToList();
        var moderated = await db.ModeratedScores.AsNoTracking().Where(m => bidIds.Contains(m.BidId))
            .GroupBy(m => m.BidId).Select(g => new { BidId = g.Key, Count = g.Count() }).ToListAsync(ct);
        Progress = tender.Lots.ToDictionary(l => l.Number, l =>
        {
            var lotBids = bids.Where(b => b.LotNumber == l.Number).Select(b => b.Id).ToHashSet();
            var scored = l.Questions.Count(q => q.Kind == QuestionKind.Scored);
            return new LotProgress(l.Number, lotBids.Count, moderated.Count(m => lotBids.Contains(m.BidId) && m.Count >= scored));
        });
        return true;
    }
}
