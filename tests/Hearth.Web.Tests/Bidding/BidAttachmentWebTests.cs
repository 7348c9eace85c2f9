using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Bidding;

/// <summary>
/// Bid files through the pages and the API: upload with GOV.UK errors (type, size, none) that lose nothing saved, removal,
/// receipts that cover each file's SHA-256, and sealing: no authority lists or downloads a file before opening, after
/// opening only the tender's commissioners and panel download the SUBMITTED version's files, rival providers never.
/// </summary>
public sealed class BidAttachmentWebTests(DemoApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string FilesPath(int id) => $"/bidding/{id}/lots/1/files";

    private static async Task<HttpResponseMessage> UploadAsync(UserSession session, string url, string? name, byte[]? bytes, string description = "")
    {
        var token = await session.AntiforgeryTokenAsync(url);
        using var content = new MultipartFormDataContent();
        if (token is not null) content.Add(new StringContent(token), "__RequestVerificationToken");
        content.Add(new StringContent(description), "Description");
        if (bytes is not null) content.Add(new ByteArrayContent(bytes), "File", name!);
        return await session.Client.PostAsync(url, content, Ct);
    }

    private static MultipartFormDataContent ApiUpload(string name, byte[] bytes, string description = "")
    {
        var content = new MultipartFormDataContent { { new StringContent(description), "description" }, { new ByteArrayContent(bytes), "file", name } };
        return content;
    }

    private static byte[] BigPdf(int size)
    {
        var bytes = new byte[size];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    private static string ErrorSummary(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelector(".govuk-error-summary")?.TextContent ?? "";

    [Fact]
    public async Task Uploading_OnThePage_ListsTheFile_AndRefusesWrongTypeTooLargeAndNone_KeepingWhatIsSaved()
    {
        var id = await TenderArrange.PublishedTenderAsync(app);
        var provider = await app.SessionForAsync("provider@brackenfold.example");
        var (first, page) = await provider.GetPageAsync(FilesPath(id));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(page.QuerySelector("form[enctype='multipart/form-data'] input.govuk-file-upload[type=file]#File"));

        var pdf = TenderFixtures.Pdf("page upload " + Guid.NewGuid());
        var ok = await UploadAsync(provider, FilesPath(id), "C:\\fakepath\\Safeguarding <policy>.pdf", pdf, "Safeguarding policy");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var (_, listed) = await provider.GetPageAsync(FilesPath(id) + "?done=added");
        Assert.Contains("Safeguarding policy.pdf", listed.QuerySelector("#files")!.TextContent, StringComparison.Ordinal);

        foreach (var (name, bytes, message) in new (string?, byte[]?, string)[]
        {
            ("notes.txt", pdf, "The selected file must be a PDF, DOCX or XLSX"),
            ("renamed.pdf", "MZ\u0090\u0000 not a pdf"u8.ToArray(), "The selected file must be a PDF, DOCX or XLSX"),
            ("huge.pdf", BigPdf(11 * 1024 * 1024), "The selected file must be smaller than 10 MB"),
            (null, null, "Select a file"),
        })
        {
            var response = await UploadAsync(provider, FilesPath(id), name, bytes);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var refused = await UserSession.ParseAsync(response);
            Assert.Contains("There is a problem", ErrorSummary(refused), StringComparison.Ordinal);
            Assert.Contains(message, ErrorSummary(refused), StringComparison.Ordinal);
            Assert.Contains(message, refused.QuerySelector("#File-error")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("#File", refused.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
            Assert.Contains("Safeguarding policy.pdf", refused.QuerySelector("#files")!.TextContent, StringComparison.Ordinal); // nothing lost
        }

        // The file downloads as uploaded; the bid page lists it; removing it from the draft deletes it.
        var attachmentId = await app.WithDbAsync(db => db.BidAttachments.Where(a => db.Bids.Any(b => b.Id == a.BidId && b.TenderId == id)).Select(a => a.Id).SingleAsync(Ct));
        Assert.Equal(pdf, await provider.Client.GetByteArrayAsync($"{FilesPath(id)}/{attachmentId}", Ct));
        Assert.Contains("Safeguarding policy.pdf", await provider.Client.GetStringAsync($"/bidding/{id}/lots/1", Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await provider.PostFormAsync($"{FilesPath(id)}?handler=Remove", new() { ["attachmentId"] = attachmentId.ToString(System.Globalization.CultureInfo.InvariantCulture) })).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.BidAttachments.AnyAsync(a => a.Id == attachmentId, Ct)));
        Assert.False(await app.WithDbAsync(db => db.BidAttachmentContents.AnyAsync(c => c.AttachmentId == attachmentId, Ct)));
    }

    [Fact]
    public async Task TheApi_Uploads_Lists_Downloads_Removes_AndAnswers422WithTheField()
    {
        var id = await TenderArrange.PublishedTenderAsync(app);
        var provider = await app.SessionForAsync("provider@brackenfold.example");
        var url = $"/api/v1/tenders/{id}/lots/1/bid/attachments";
        var docx = TenderFixtures.Docx("api " + Guid.NewGuid());

        using var created = await provider.Client.PostAsync(url, ApiUpload("CV.docx", docx, "Registered manager's CV"), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var dto = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(docx)), dto.GetProperty("sha256").GetString());
        var attachmentId = dto.GetProperty("id").GetInt32();

        var list = await provider.Client.GetFromJsonAsync<JsonElement>(url, Ct);
        Assert.Equal("CV.docx", list[0].GetProperty("fileName").GetString());
        Assert.Equal(docx, await provider.Client.GetByteArrayAsync($"{url}/{attachmentId}", Ct));

        foreach (var (name, bytes, message) in new[]
        {
            ("big.pdf", BigPdf(11 * 1024 * 1024), "The selected file must be smaller than 10 MB"),
            ("sheet.xlsx", TenderFixtures.Pdf("not a workbook"), "The selected file must be a PDF, DOCX or XLSX"),
        })
        {
            using var refused = await provider.Client.PostAsync(url, ApiUpload(name, bytes), Ct);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Ct)).RootElement;
            Assert.Equal(message, problem.GetProperty("errors").GetProperty("File")[0].GetString());
        }
        Assert.Single(await provider.Client.GetFromJsonAsync<JsonElement[]>(url, Ct) ?? []);

        Assert.Equal(HttpStatusCode.NoContent, (await provider.Client.DeleteAsync($"{url}/{attachmentId}", Ct)).StatusCode);
        Assert.Empty(await provider.Client.GetFromJsonAsync<JsonElement[]>(url, Ct) ?? []);
        Assert.Equal(HttpStatusCode.NotFound, (await provider.Client.DeleteAsync($"{url}/{attachmentId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Files_AreSealedUntilOpening_ThenOnlyTheSubmittedVersionsDownloadForCommissionersAndThePanel_NeverForRivals()
    {
        var id = await TenderArrange.PublishedTenderAsync(app);
        var provider = await app.SessionForAsync("provider@brackenfold.example");
        var api = $"/api/v1/tenders/{id}/lots/1/bid";
        var secretName = $"SEALEDFILE{Guid.NewGuid():N}";
        var oldName = $"OLDFILE{Guid.NewGuid():N}";
        var oldPdf = TenderFixtures.Pdf(oldName);
        var submittedPdf = TenderFixtures.Pdf(secretName);

        // Version 1 with one file; a revision removes it and adds another; version 2 is submitted.
        Assert.Equal(HttpStatusCode.OK, (await provider.Client.PutAsJsonAsync(api, TenderArrange.Lot1Json(900_00, "Answer " + secretName), Ct)).StatusCode);
        using var oldUpload = await provider.Client.PostAsync($"{api}/attachments", ApiUpload(oldName + ".pdf", oldPdf), Ct);
        var oldId = JsonDocument.Parse(await oldUpload.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await provider.Client.PostAsJsonAsync($"{api}/submit", new { }, Ct)).StatusCode);
        using var whileSubmitted = await provider.Client.PostAsync($"{api}/attachments", ApiUpload("late.pdf", oldPdf), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, whileSubmitted.StatusCode); // revise first
        Assert.Equal(HttpStatusCode.Redirect, (await provider.PostFormAsync($"/bidding/{id}/lots/1?handler=Revise", new() { ["version"] = (await VersionAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture) })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await provider.Client.DeleteAsync($"{api}/attachments/{oldId}", Ct)).StatusCode);
        using var newUpload = await provider.Client.PostAsync($"{api}/attachments", ApiUpload(secretName + ".pdf", submittedPdf, secretName), Ct);
        var newId = JsonDocument.Parse(await newUpload.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await provider.Client.PostAsJsonAsync($"{api}/submit", new { }, Ct)).StatusCode);

        // Each version keeps its own files; the receipt covers each file's SHA-256 and the receipt page lists them.
        var submissions = await app.WithDbAsync(db => db.BidSubmissions.Where(s => db.Bids.Any(b => b.Id == s.BidId && b.TenderId == id)).OrderBy(s => s.Sequence).ToListAsync(Ct));
        Assert.Equal(oldName + ".pdf", Assert.Single(submissions[0].Files).FileName);
        Assert.Equal(secretName + ".pdf", Assert.Single(submissions[1].Files).FileName);
        var sha = Convert.ToHexStringLower(SHA256.HashData(submittedPdf));
        Assert.Contains($"file:{sha}:", submissions[1].Content, StringComparison.Ordinal);
        Assert.True(submissions.All(s => s.MatchesReceipt));
        var (_, receiptPage) = await provider.GetPageAsync($"/bidding/{id}/lots/1");
        Assert.Contains(sha, receiptPage.QuerySelector("#receipt-files")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(oldPdf, await provider.Client.GetByteArrayAsync($"/bidding/{id}/lots/1/files/{oldId}", Ct)); // the provider keeps its history

        var bidId = await app.WithDbAsync(db => db.Bids.Where(b => b.TenderId == id).Select(b => b.Id).SingleAsync(Ct));
        var authorityDownload = $"/tenders/{id}/bids/{bidId}/files/{newId}";
        using var rival = await TenderArrange.RivalProviderAsync(app);

        // Before opening: nobody at an authority finds the file by any path, and the audit records "(sealed)", not the name.
        foreach (var email in new[] { "commissioner@kent.example", "contracts@kent.example", "auditor@kent.example", "commissioner@medway.example" })
        {
            var session = await app.SessionForAsync(email);
            var status = (await session.Client.GetAsync(authorityDownload, Ct)).StatusCode;
            Assert.True(status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{email} got {(int)status} before opening");
            foreach (var path in new[] { "/audit", "/audit?handler=Export", $"/tenders/{id}", $"/tenders/{id}/lots/1", $"{api}/attachments", $"{api}/attachments/{newId}" })
                Assert.DoesNotContain(secretName, await (await session.Client.GetAsync(path, Ct)).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == "BidAttachment" || a.Entity == "BidAttachmentContent" || a.Entity == "BidSubmission")
            .OrderByDescending(a => a.Id).Take(50).Select(a => a.Changes).ToListAsync(Ct));
        Assert.Contains(audit, c => c.Contains("(sealed)", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, c => c.Contains(secretName, StringComparison.Ordinal) || c.Contains(sha, StringComparison.Ordinal));
        await AssertRivalLockedOutAsync(rival, id, newId, secretName);

        // After the deadline and the opening event: the tender's commissioners and its panel download the submitted file.
        await TenderArrange.PassDeadlineAsync(app, id, TimeSpan.FromSeconds(1));
        await TenderArrange.OpenAsync(app, id);
        var kent = await app.SessionForAsync("commissioner@kent.example");
        var (_, lotPage) = await kent.GetPageAsync($"/tenders/{id}/lots/1");
        Assert.NotNull(lotPage.QuerySelector($"a[href='{authorityDownload}']"));
        using (var download = await kent.Client.GetAsync(authorityDownload, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
            Assert.Equal(secretName + ".pdf", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
            Assert.Equal(submittedPdf, await download.Content.ReadAsByteArrayAsync(Ct));
        }
        var (_, scorePage) = await kent.GetPageAsync($"/tenders/{id}/bids/{bidId}/score");
        Assert.NotNull(scorePage.QuerySelector($"a[href='{authorityDownload}']"));
        Assert.Equal(HttpStatusCode.OK, (await (await app.SessionForAsync("commissioner@medway.example")).Client.GetAsync(authorityDownload, Ct)).StatusCode);
        // The earlier version's file is not what was opened: not found for the authority.
        Assert.Equal(HttpStatusCode.NotFound, (await kent.Client.GetAsync($"/tenders/{id}/bids/{bidId}/files/{oldId}", Ct)).StatusCode);
        // A contract manager not on this tender's panel, and auditors, cannot download.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SessionForAsync("contracts@kent.example")).Client.GetAsync(authorityDownload, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SessionForAsync("auditor@kent.example")).Client.GetAsync(authorityDownload, Ct)).StatusCode);
        await AssertRivalLockedOutAsync(rival, id, newId, secretName);
    }

    private Task<int> VersionAsync(int tenderId) => app.WithDbAsync(db => db.Bids.Where(b => b.TenderId == tenderId).Select(b => b.Version).SingleAsync(Ct));

    private static async Task AssertRivalLockedOutAsync(UserSession rival, int id, int attachmentId, string secret)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await rival.Client.GetAsync($"/bidding/{id}/lots/1/files/{attachmentId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rival.Client.GetAsync($"/api/v1/tenders/{id}/lots/1/bid/attachments/{attachmentId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rival.Client.DeleteAsync($"/api/v1/tenders/{id}/lots/1/bid/attachments/{attachmentId}", Ct)).StatusCode);
        foreach (var path in new[] { $"/bidding/{id}/lots/1/files", $"/api/v1/tenders/{id}/lots/1/bid/attachments", "/audit" })
            Assert.DoesNotContain(secret, await (await rival.Client.GetAsync(path, Ct)).Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
