using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Features.Bidding;

/// <summary>Downloads one of the provider's own bid files (draft or submitted); anyone else's is not found.</summary>
[Authorize(Roles = Roles.ProviderUser)]
public sealed class FileModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int lot, int attachmentId, CancellationToken ct)
    {
        var work = new BidWork(db, scope, clock);
        var tender = await work.TenderAsync(id, ct);
        var bid = tender is null ? null : await work.OwnBidAsync(id, lot, ct);
        var file = bid is null ? null : await work.OwnFileAsync(bid, attachmentId, ct);
        if (file is not { } f) return NotFound();
        await work.RecordReadAsync(tender!, bid!, $"File (attachment {attachmentId})", ct);
        return File(f.Bytes, f.Attachment.ContentType, f.Attachment.FileName);
    }
}
