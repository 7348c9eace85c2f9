using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Tenders;

/// <summary>
/// Downloads a file of an opened bid, as the provider SUBMITTED it (never a later draft's files), for the tender's
/// commissioners and its evaluation panel. Before opening the bid does not exist for anyone at an authority (404).
/// </summary>
[Authorize(Roles = Roles.Commissioner + "," + Roles.ContractManager)]
public sealed class BidFileModel(TenderWorkflow workflow, TenderEvaluation evaluation, OrganisationScope scope) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int bidId, int attachmentId, CancellationToken ct)
    {
        if (await workflow.FindAsync(id, ct) is not { } tender) return NotFound();
        if (await evaluation.FindBidAsync(tender, bidId, ct) is not { } view || view.Find(bidId) is not { } bid) return NotFound();
        if (!User.IsInRole(Roles.Commissioner) && (scope.UserId is not { } me || !tender.IsEvaluator(me))) return Forbid();
        var file = bid.Submission.Files.FirstOrDefault(f => f.AttachmentId == attachmentId);
        if (file is null) return NotFound();
        var bytes = await workflow.Db.BidAttachmentContents.AsNoTracking()
            .Where(c => c.AttachmentId == attachmentId && workflow.Db.BidAttachments.Any(a => a.Id == attachmentId && a.BidId == bidId))
            .Select(c => c.Bytes).SingleOrDefaultAsync(ct);
        if (bytes is null) return NotFound();
        await evaluation.RecordReadAsync(view, [bid], $"Submitted file (attachment {attachmentId})", ct);
        return File(bytes, file.ContentType, file.FileName);
    }
}
