using Hearth.Domain.Common;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Bidding;

/// <summary>
/// The files attached to the provider's bid for a lot (GOV.UK file upload, plain multipart so it works without
/// JavaScript): add PDF, DOCX or XLSX files up to 10 MB each, ten at most, with a short description; remove them while
/// the bid is a draft before the deadline. A file that fails is refused with the reason; files already attached stay.
/// </summary>
[Authorize(Roles = Roles.ProviderUser)]
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
public sealed class FilesModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    /// <summary>
    /// Bodies up to 20 MB reach the page, so a file a little over 10 MB is refused with the clear message; larger bodies
    /// are sent back to the page before anything reads them (<see cref="TooLargeRedirect"/>).
    /// </summary>
    public const long UploadLimit = 20L * 1024 * 1024;

    public const string FileField = "File";
    public const string DescriptionField = "Description";

    private readonly BidWork _work = new(db, scope, clock);

    public Tender Tender { get; private set; } = null!;
    public TenderLot Lot { get; private set; } = null!;
    public Bid? Bid { get; private set; }
    public bool Open { get; private set; }
    /// <summary>Files can be added or removed: before the deadline, on a new or draft bid.</summary>
    public bool Editable => Open && Bid is null or { Status: BidStatus.Draft };
    public string? Description { get; private set; }
    public string? Done { get; private set; }

    public static string Path(int tenderId, int lot) => $"/bidding/{tenderId}/lots/{lot}/files";

    /// <summary>Whether a POST to this page is too large to read; the middleware then redirects with ?tooLarge=true.</summary>
    public static bool TooLargeRedirect(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.ContentLength > UploadLimit
        && request.Path.StartsWithSegments("/bidding", StringComparison.OrdinalIgnoreCase)
        && request.Path.Value!.EndsWith("/files", StringComparison.OrdinalIgnoreCase);

    public async Task<IActionResult> OnGetAsync(int id, int lot, string? done, bool tooLarge, CancellationToken ct)
    {
        if (!await LoadAsync(id, lot, ct)) return NotFound();
        Done = done is "added" or "removed" ? done : null;
        if (tooLarge) ModelState.AddModelError(FileField, BidAttachment.SizeMessage);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int lot, CancellationToken ct)
    {
        if (!await LoadAsync(id, lot, ct)) return NotFound();
        // Read by hand (not bound) so the errors sit under the field names the page uses: File and Description.
        var form = await Request.ReadFormAsync(ct);
        var file = form.Files.GetFile(FileField);
        var description = form[DescriptionField].ToString();
        Description = description;
        byte[]? bytes = null;
        if (file is not null)
        {
            if (file.Length > BidAttachment.MaximumBytes)
            {
                ModelState.AddModelError(FileField, BidAttachment.SizeMessage);
                return Page();
            }
            await using var stream = new MemoryStream();
            await file.CopyToAsync(stream, ct);
            bytes = stream.ToArray();
        }
        return await TryAsync(() => _work.AttachAsync(Tender, Lot.Number, Bid, file?.FileName, description, bytes, ct), "added");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int lot, int attachmentId, CancellationToken ct)
    {
        if (!await LoadAsync(id, lot, ct)) return NotFound();
        if (Bid is null || Bid.CurrentAttachments.All(a => a.Id != attachmentId)) return NotFound();
        return await TryAsync(() => _work.RemoveAttachmentAsync(Tender, Bid, attachmentId, ct), "removed");
    }

    private async Task<IActionResult> TryAsync(Func<Task> action, string done)
    {
        try
        {
            await action();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Field is FileField or DescriptionField ? e.Field : "", e.Message);
            await ReloadAsync();
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", BidModel.ConflictMessage);
            await ReloadAsync();
            return Page();
        }
        return Redirect($"{Path(Tender.Id, Lot.Number)}?done={done}");
    }

    /// <summary>After a refusal, shows what is stored (nothing half-added).</summary>
    private async Task ReloadAsync()
    {
        db.ChangeTracker.Clear();
        await LoadAsync(Tender.Id, Lot.Number, HttpContext.RequestAborted);
    }

    private async Task<bool> LoadAsync(int id, int lotNumber, CancellationToken ct)
    {
        var tender = await _work.TenderAsync(id, ct);
        var lot = tender?.Lots.FirstOrDefault(l => l.Number == lotNumber);
        if (tender is null || lot is null) return false;
        Tender = tender;
        Lot = lot;
        Open = tender.IsOpenForBids(_work.Now);
        Bid = await _work.OwnBidAsync(id, lotNumber, ct);
        return true;
    }
}
