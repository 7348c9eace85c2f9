using Hearth.Domain.Common;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hearth.Web.Features.Bidding;

/// <summary>
/// The files of the provider's own bid for a lot, for its own software: the same <see cref="BidWork"/> calls as the
/// bidding files page. Upload is multipart/form-data with a "file" part and an optional "description"; a refused file is
/// a 422 problem naming the field ("File" or "Description") and nothing stored changes.
/// </summary>
public static class BidAttachmentsApi
{
    public sealed record AttachmentDto(int Id, string FileName, string Description, string ContentType, long Size, string Sha256, DateTimeOffset AddedAt);

    public static RouteGroupBuilder MapBidAttachmentsApi(this RouteGroupBuilder tenders)
    {
        var files = tenders.MapGroup("/{id:int}/lots/{lot:int}/bid/attachments").RequireAuthorization(p => p.RequireRole(Roles.ProviderUser));

        files.MapGet("/", async Task<Results<Ok<List<AttachmentDto>>, ProblemHttpResult>> (int id, int lot, HearthDb db, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
            {
                var work = new BidWork(db, scope, clock);
                var tender = await work.TenderAsync(id, ct);
                if (tender?.Lots.Any(l => l.Number == lot) != true) return NotFound($"There is no lot {lot} of a tender {id} that you can see.");
                var bid = await work.OwnBidAsync(id, lot, ct);
                return TypedResults.Ok((bid?.CurrentAttachments ?? []).Select(Dto).ToList());
            })
            .WithName("ListOwnBidAttachments").WithSummary("The files attached to your draft for a lot (a submission's files are listed on its receipt).");

        files.MapPost("/", async Task<Results<Created<AttachmentDto>, ProblemHttpResult>> (int id, int lot, HttpRequest request, HearthDb db, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
            {
                var work = new BidWork(db, scope, clock);
                var tender = await work.TenderAsync(id, ct);
                if (tender?.Lots.Any(l => l.Number == lot) != true) return NotFound($"There is no lot {lot} of a tender {id} that you can see.");
                if (request.ContentLength > FilesModel.UploadLimit) throw new DomainException("File", BidAttachment.SizeMessage);
                if (!request.HasFormContentType) throw new DomainException("File", "Send the file as multipart/form-data, in a part named \"file\"");
                if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                    limit.MaxRequestBodySize = FilesModel.UploadLimit;
                IFormCollection form;
                try
                {
                    form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = FilesModel.UploadLimit }, ct);
                }
                catch (Exception e) when (e is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
                {
                    throw new DomainException("File", BidAttachment.SizeMessage);
                }
                var file = form.Files.GetFile("file");
                byte[]? bytes = null;
                if (file is not null)
                {
                    if (file.Length > BidAttachment.MaximumBytes) throw new DomainException("File", BidAttachment.SizeMessage);
                    await using var stream = new MemoryStream();
                    await file.CopyToAsync(stream, ct);
                    bytes = stream.ToArray();
                }
                var bid = await work.OwnBidAsync(id, lot, ct);
                var (_, attachment) = await work.AttachAsync(tender, lot, bid, file?.FileName, form["description"].ToString(), bytes, ct);
                return TypedResults.Created($"/api/v1/tenders/{id}/lots/{lot}/bid/attachments/{attachment.Id}", Dto(attachment));
            })
            .WithName("AttachToOwnBid").WithSummary("Attaches a PDF, DOCX or XLSX (under 10 MB; up to 10 files) to your draft or revision before the deadline. Send multipart/form-data with a \"file\" part and an optional \"description\".");

        files.MapGet("/{attachmentId:int}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (int id, int lot, int attachmentId, HearthDb db, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
            {
                var work = new BidWork(db, scope, clock);
                var tender = await work.TenderAsync(id, ct);
                var bid = tender is null ? null : await work.OwnBidAsync(id, lot, ct);
                if (bid is null || await work.OwnFileAsync(bid, attachmentId, ct) is not { } file)
                    return NotFound($"You have no file {attachmentId} on a bid for lot {lot} of a tender {id} that you can see.");
                await work.RecordReadAsync(tender!, bid, $"File (attachment {attachmentId}, API)", ct);
                return TypedResults.File(file.Bytes, file.Attachment.ContentType, file.Attachment.FileName);
            })
            .WithName("DownloadOwnBidAttachment").WithSummary("Downloads one of your bid's files (from your draft or any of your submissions).");

        files.MapDelete("/{attachmentId:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, int lot, int attachmentId, HearthDb db, OrganisationScope scope, TimeProvider clock, CancellationToken ct) =>
            {
                var work = new BidWork(db, scope, clock);
                var tender = await work.TenderAsync(id, ct);
                var bid = tender is null ? null : await work.OwnBidAsync(id, lot, ct);
                if (tender is null || bid is null || bid.CurrentAttachments.All(a => a.Id != attachmentId))
                    return NotFound($"Your draft for lot {lot} of a tender {id} has no file {attachmentId}.");
                await work.RemoveAttachmentAsync(tender, bid, attachmentId, ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveOwnBidAttachment").WithSummary("Removes a file from your draft before the deadline; a submitted version keeps its files.");

        return tenders;
    }

    private static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(statusCode: 404, title: "Not found", detail: detail);

    private static AttachmentDto Dto(BidAttachment a) => new(a.Id, a.FileName, a.Description, a.ContentType, a.Size, a.Sha256, a.AddedAt);
}
