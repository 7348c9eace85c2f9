using System.Security.Cryptography;
using System.Text;
using Hearth.Domain.Common;
using Hearth.Domain.Procurement.Tendering;
using static Hearth.Domain.Tests.Common.TestDates;

namespace Hearth.Domain.Tests.Procurement.Tendering;

public class BidAttachmentTests
{
    private static readonly DateTimeOffset Before = Instant("2021-11-10T10:00:00Z");

    private static byte[] Pdf(int size, byte fill = (byte)'a')
    {
        var bytes = new byte[size];
        Array.Fill(bytes, fill);
        "%PDF-1.7"u8.CopyTo(bytes);
        return bytes;
    }

    private static byte[] Zip(string entry) => [.. "PK\u0003\u0004"u8.ToArray(), .. Encoding.ASCII.GetBytes($"....{entry}document.xml....")];

    private static (Tender, Bid) Ready()
    {
        var tender = TenderTests.Published();
        var bid = Bid.Start(tender, 1, 42, Before);
        bid.SaveDraft(tender, [.. Enumerable.Range(0, 4).Select(b => new BidPrice("CAT-1", b, 850_00)), .. Enumerable.Range(0, 4).Select(b => new BidPrice("SUP-SIBLING", b, 50_00))],
            [new(1, "We match by needs", null), new(2, "24/7 support", null), new(3, "Registered", true)], true, Before, "Standard");
        return (tender, bid);
    }

    private static string Field(Action action) => Assert.Throws<DomainException>(action).Field;

    [Fact]
    public void A_file_of_exactly_10_MB_is_accepted_and_one_byte_more_is_refused()
    {
        var (tender, bid) = Ready();
        var file = bid.Attach(tender, "policy.pdf", "Policy", Pdf((int)BidAttachment.MaximumBytes), Before);
        Assert.Equal(10 * 1024 * 1024, file.Size);
        var e = Assert.Throws<DomainException>(() => bid.Attach(tender, "big.pdf", null, Pdf((int)BidAttachment.MaximumBytes + 1), Before));
        Assert.Equal(("File", "The selected file must be smaller than 10 MB"), (e.Field, e.Message));
        Assert.Single(bid.CurrentAttachments);
    }

    [Fact]
    public void Ten_files_are_accepted_and_the_eleventh_is_refused()
    {
        var (tender, bid) = Ready();
        for (var i = 0; i < 10; i++) bid.Attach(tender, $"file {i}.pdf", null, Pdf(100 + i), Before);
        var e = Assert.Throws<DomainException>(() => bid.Attach(tender, "eleventh.pdf", null, Pdf(50), Before));
        Assert.Equal("File", e.Field);
        Assert.Contains("up to 10 files", e.Message);
        Assert.Equal(10, bid.CurrentAttachments.Count);
    }

    [Fact]
    public void An_empty_file_or_none_is_refused()
    {
        var (tender, bid) = Ready();
        Assert.Equal(BidAttachment.EmptyMessage, Assert.Throws<DomainException>(() => bid.Attach(tender, "empty.pdf", null, [], Before)).Message);
        Assert.Equal(BidAttachment.MissingMessage, Assert.Throws<DomainException>(() => bid.Attach(tender, null, null, null, Before)).Message);
        Assert.Empty(bid.Attachments);
    }

    [Theory]
    [InlineData("notes.txt")]          // wrong extension
    [InlineData("policy.pdf.exe")]
    [InlineData("policy")]
    public void Other_extensions_are_refused(string name)
    {
        var (tender, bid) = Ready();
        var e = Assert.Throws<DomainException>(() => bid.Attach(tender, name, null, Pdf(100), Before));
        Assert.Equal(("File", "The selected file must be a PDF, DOCX or XLSX"), (e.Field, e.Message));
    }

    [Fact]
    public void The_content_must_match_the_extension()
    {
        var (tender, bid) = Ready();
        Assert.Equal("File", Field(() => bid.Attach(tender, "renamed.pdf", null, Encoding.ASCII.GetBytes("MZ not a pdf"), Before)));
        Assert.Equal("File", Field(() => bid.Attach(tender, "renamed.docx", null, Pdf(100), Before)));
        Assert.Equal("File", Field(() => bid.Attach(tender, "sheet.docx", null, Zip("xl/"), Before)));   // a workbook named .docx
        Assert.Equal("File", Field(() => bid.Attach(tender, "doc.xlsx", null, Zip("word/"), Before)));
        Assert.Equal(BidAttachment.Docx, bid.Attach(tender, "CV.DOCX", null, Zip("word/"), Before).ContentType);
        Assert.Equal(BidAttachment.Xlsx, bid.Attach(tender, "prices.xlsx", null, Zip("xl/"), Before).ContentType);
        Assert.Equal(BidAttachment.Pdf, bid.Attach(tender, "policy.pdf", null, Pdf(9), Before).ContentType);
    }

    [Theory]
    [InlineData("C:\\Users\\pat\\My policy.pdf", "My policy.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("..pdf", "attachment.pdf")]
    [InlineData("a<b>c:\"d|e?f*g\u0001.docx", "abcdefg.docx")]
    [InlineData("  spaced   out\tname .xlsx", "spaced out name.xlsx")]
    public void Names_are_sanitised(string given, string expected) =>
        Assert.Equal(expected, BidAttachment.SanitiseName(given));

    [Fact]
    public void A_long_name_is_shortened_keeping_its_extension()
    {
        var name = BidAttachment.SanitiseName(new string('x', 300) + ".pdf");
        Assert.Equal(BidAttachment.MaximumNameLength, name.Length);
        Assert.EndsWith("x.pdf", name);
    }

    [Fact]
    public void The_file_records_its_sha256_size_and_trimmed_description()
    {
        var (tender, bid) = Ready();
        var bytes = Pdf(1234);
        var file = bid.Attach(tender, "policy.pdf", "  Safeguarding policy ", bytes, Before);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256);
        Assert.Equal(1234, file.Size);
        Assert.Equal("Safeguarding policy", file.Description);
        Assert.Same(bytes, file.Content.Bytes);
        Assert.Equal("Description", Field(() => bid.Attach(tender, "p.pdf", new string('d', BidAttachment.MaximumDescriptionLength + 1), bytes, Before)));
    }

    [Fact]
    public void A_receipt_without_files_hashes_exactly_as_before_files_existed()
    {
        var (tender, bid) = Ready();
        var receipt = bid.Submit(tender, Before, "Standard");
        // The canonical form and hash of this bid as receipted before attachments were added to Hearth.
        const string before = "tender:0\nlot:1\nprovider:42\n"
            + "price:CAT-1:0:85000\nprice:CAT-1:1:85000\nprice:CAT-1:2:85000\nprice:CAT-1:3:85000\n"
            + "price:SUP-SIBLING:0:5000\nprice:SUP-SIBLING:1:5000\nprice:SUP-SIBLING:2:5000\nprice:SUP-SIBLING:3:5000\n"
            + "answer:1:-:17:We match by needs\nanswer:2:-:12:24/7 support\nanswer:3:yes:10:Registered\ndeclarations:accepted\n";
        Assert.Equal(before, receipt.Content);
        Assert.Equal(Bid.Hash(before), receipt.ReceiptHash);
        Assert.Empty(receipt.Files);
    }

    [Fact]
    public void The_receipt_covers_each_files_sha256()
    {
        var (tender, bid) = Ready();
        var file = bid.Attach(tender, "policy.pdf", "Policy", Pdf(500), Before);
        var receipt = bid.Submit(tender, Before, "Standard");
        Assert.Contains($"file:{file.Sha256}:500:application/pdf:10:policy.pdf:6:Policy\n", receipt.Content);
        Assert.True(receipt.MatchesReceipt);
        Assert.Equal(file.Sha256, Assert.Single(receipt.Files).Sha256);

        // The same bid with one byte of the file different has a different receipt.
        var (tender2, other) = Ready();
        var changed = Pdf(500);
        changed[^1] = (byte)'b';
        other.Attach(tender2, "policy.pdf", "Policy", changed, Before);
        Assert.NotEqual(receipt.ReceiptHash, other.Submit(tender2, Before, "Standard").ReceiptHash);
    }

    [Fact]
    public void Files_change_only_in_a_draft_and_a_revision_leaves_the_earlier_submission_its_files()
    {
        var (tender, bid) = Ready();
        var kept = bid.Attach(tender, "policy.pdf", null, Pdf(100), Before);
        var first = bid.Submit(tender, Before, "Standard");
        Assert.Equal("Status", Field(() => bid.Attach(tender, "late.pdf", null, Pdf(10), Before)));
        Assert.Equal("Status", Field(() => bid.RemoveAttachment(tender, kept.Id, Before)));

        bid.SaveDraft(tender, bid.Prices, bid.Answers, true, Before.AddHours(1), "Standard"); // revise
        bid.RemoveAttachment(tender, kept.Id, Before.AddHours(1));
        var added = bid.Attach(tender, "cv.docx", null, Zip("word/"), Before.AddHours(1));
        var second = bid.Submit(tender, Before.AddHours(2), "Standard");

        Assert.Equal("policy.pdf", Assert.Single(first.Files).FileName);
        Assert.Equal("cv.docx", Assert.Single(second.Files).FileName);
        Assert.True(kept.IsRemoved);                     // kept for the first submission, no longer in the draft
        Assert.Contains(kept, bid.Attachments);
        Assert.Equal([added], bid.CurrentAttachments);
        Assert.NotEqual(first.ReceiptHash, second.ReceiptHash);
    }

    [Fact]
    public void A_file_never_submitted_is_deleted_when_removed()
    {
        var (tender, bid) = Ready();
        var file = bid.Attach(tender, "policy.pdf", null, Pdf(100), Before);
        bid.RemoveAttachment(tender, file.Id, Before);
        Assert.Empty(bid.Attachments);
        Assert.Equal("AttachmentId", Field(() => bid.RemoveAttachment(tender, 999, Before)));
    }

    [Fact]
    public void Files_cannot_be_added_after_the_deadline_or_to_a_withdrawn_bid()
    {
        var (tender, bid) = Ready();
        Assert.Equal("Status", Field(() => bid.Attach(tender, "late.pdf", null, Pdf(10), tender.Timeline.SubmissionDeadline.AddSeconds(1))));
        bid.Attach(tender, "on time.pdf", null, Pdf(10), tender.Timeline.SubmissionDeadline); // at the deadline is in time
        bid.Withdraw(tender, Before);
        Assert.Equal("Status", Field(() => bid.Attach(tender, "after.pdf", null, Pdf(10), Before)));
    }
}
