using Hearth.Domain.Common;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Features.Tenders;
using Hearth.Web.Platform;
using Hearth.Web.Platform.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Bidding;

/// <summary>What a bidder types for one lot: weekly prices cell by cell, answers and the declarations.</summary>
public sealed record BidDraft(IReadOnlyList<BidPrice> Prices, IReadOnlyList<BidAnswer> Answers, bool DeclarationsAccepted);

/// <summary>
/// The provider's side of a tender, shared by the bidding pages and the API so both call the same domain methods: load a
/// published tender and the signed-in provider's own bid for a lot (never anyone else's: HearthDb's sealed-bid filter and
/// the provider id both say so), save a draft against the version shown, submit, revise, withdraw, ask a question.
/// </summary>
public sealed class BidWork(HearthDb db, OrganisationScope scope, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public int ProviderId => scope.IsProvider ? scope.FilterOrganisationId
        : throw new InvalidOperationException("Only a provider's user can bid");

    /// <summary>A tender the user can see that is no longer a draft (providers only ever see published ones).</summary>
    public Task<Tender?> TenderAsync(int id, CancellationToken ct) =>
        db.Tenders.Include(t => t.Lots).Include(t => t.Parties)
            .SingleOrDefaultAsync(t => t.Id == id && t.Status != TenderStatus.Draft, ct);

    /// <summary>The signed-in provider's own bid for a lot, with its receipted submissions; null when not started.</summary>
    public Task<Bid?> OwnBidAsync(int tenderId, int lotNumber, CancellationToken ct)
    {
        var providerId = ProviderId;
        return db.Bids.Include(b => b.Submissions).Include(b => b.Attachments).AsSplitQuery()
            .SingleOrDefaultAsync(b => b.TenderId == tenderId && b.LotNumber == lotNumber && b.ProviderId == providerId, ct);
    }

    /// <summary>The provider's bids on a tender, by lot number.</summary>
    public async Task<Dictionary<int, Bid>> OwnBidsAsync(int tenderId, CancellationToken ct)
    {
        var providerId = ProviderId;
        return await db.Bids.Include(b => b.Submissions).Where(b => b.TenderId == tenderId && b.ProviderId == providerId)
            .ToDictionaryAsync(b => b.LotNumber, ct);
    }

    public static string CategoryName(TenderLot lot) => TenderText.Category(lot.Category);

    /// <summary>
    /// Saves the draft, starting the bid on the first save. <paramref name="shownVersion"/> is the bid's version when the
    /// form was shown (0 before the bid existed): if someone saved since, nothing is written and a concurrency error is thrown.
    /// </summary>
    public async Task<Bid> SaveDraftAsync(Tender tender, int lotNumber, Bid? bid, BidDraft draft, int shownVersion, bool submit, CancellationToken ct)
    {
        var now = Now;
        var lot = tender.Lot(lotNumber);
        if (bid is null)
        {
            if (shownVersion != 0) throw Conflict();
            bid = Bid.Start(tender, lotNumber, ProviderId, now);
            db.Bids.Add(bid);
        }
        else
        {
            db.Entry(bid).Property(b => b.Version).OriginalValue = shownVersion;
        }
        bid.SaveDraft(tender, draft.Prices, draft.Answers, draft.DeclarationsAccepted, now, CategoryName(lot));
        if (submit) bid.Submit(tender, now, CategoryName(lot));
        await SaveAsync(ct);
        return bid;
    }

    /// <summary>Submits the stored draft as it is.</summary>
    public async Task<BidSubmission> SubmitAsync(Tender tender, Bid bid, int shownVersion, CancellationToken ct)
    {
        db.Entry(bid).Property(b => b.Version).OriginalValue = shownVersion;
        var submission = bid.Submit(tender, Now, CategoryName(tender.Lot(bid.LotNumber)));
        await SaveAsync(ct);
        return submission;
    }

    /// <summary>Turns a submitted bid back into a draft with the same content; the submission stands until the next one.</summary>
    public async Task ReviseAsync(Tender tender, Bid bid, int shownVersion, CancellationToken ct)
    {
        if (bid.Status != BidStatus.Submitted) throw new DomainException("Status", "Only a submitted bid can be revised");
        db.Entry(bid).Property(b => b.Version).OriginalValue = shownVersion;
        bid.SaveDraft(tender, bid.Prices, bid.Answers, bid.DeclarationsAccepted, Now, CategoryName(tender.Lot(bid.LotNumber)));
        await SaveAsync(ct);
    }

    /// <summary>
    /// Attaches a file to the provider's draft for a lot, starting the bid if there is none yet. Checked against the
    /// bid's stored version so two uploads at once cannot pass the ten-file limit together.
    /// </summary>
    public async Task<(Bid Bid, BidAttachment Attachment)> AttachAsync(Tender tender, int lotNumber, Bid? bid, string? fileName, string? description, byte[]? bytes, CancellationToken ct)
    {
        var now = Now;
        if (bid is null)
        {
            bid = Bid.Start(tender, lotNumber, ProviderId, now);
            db.Bids.Add(bid);
        }
        var attachment = bid.Attach(tender, fileName, description, bytes, now);
        await SaveAsync(ct);
        return (bid, attachment);
    }

    /// <summary>Removes a file from the draft (a submitted version keeps it).</summary>
    public async Task RemoveAttachmentAsync(Tender tender, Bid bid, int attachmentId, CancellationToken ct)
    {
        bid.RemoveAttachment(tender, attachmentId, Now);
        await SaveAsync(ct);
    }

    /// <summary>One of the provider's own files (in its draft or any of its submissions) with its bytes; null if not its own.</summary>
    public async Task<(BidAttachment Attachment, byte[] Bytes)?> OwnFileAsync(Bid bid, int attachmentId, CancellationToken ct)
    {
        var attachment = bid.Attachments.FirstOrDefault(a => a.Id == attachmentId);
        if (attachment is null) return null;
        var bytes = await db.BidAttachmentContents.AsNoTracking().Where(c => c.AttachmentId == attachmentId).Select(c => c.Bytes).SingleOrDefaultAsync(ct);
        return bytes is null ? null : (attachment, bytes);
    }

    /// <summary>Records in the audit trail that the provider's user read its own bid (ADR 0026), before or after the deadline.</summary>
    public Task RecordReadAsync(Tender tender, Bid bid, string what, CancellationToken ct) =>
        db.RecordAccessAsync(SensitiveReads.Bid(tender, bid, what, Now), ct);

    public async Task WithdrawAsync(Tender tender, Bid bid, int shownVersion, CancellationToken ct)
    {
        db.Entry(bid).Property(b => b.Version).OriginalValue = shownVersion;
        bid.Withdraw(tender, Now);
        await SaveAsync(ct);
    }

    public async Task<Clarification> AskAsync(Tender tender, string question, CancellationToken ct)
    {
        var clarification = Clarification.Ask(tender, ProviderId, question, Now);
        db.Clarifications.Add(clarification);
        await db.SaveChangesAsync(ct);
        return clarification;
    }

    /// <summary>Clarifications the user may see (the filter: a provider sees its own and every published one).</summary>
    public Task<List<Clarification>> ClarificationsAsync(int tenderId, CancellationToken ct) =>
        db.Clarifications.AsNoTracking().Where(c => c.TenderId == tenderId).OrderBy(c => c.AskedAt).ThenBy(c => c.Id).ToListAsync(ct);

    /// <summary>Whether the user's own organisation asked the question (a provider's view; authorities never ask).</summary>
    public bool AskedByMe(Clarification c) => scope.IsProvider && c.AskedByProviderId == scope.FilterOrganisationId;

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Two tabs starting the same bid at once: the second insert breaks the unique (tender, lot, provider) index.
            throw Conflict(e);
        }
    }

    private static DbUpdateConcurrencyException Conflict(Exception? inner = null) =>
        new("The bid was saved elsewhere since this form was shown", inner);
}
