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
/// The provider's bid for one lot: a price grid (row × age band), answers, declarations; save a draft, submit (receipt),
/// revise or withdraw until the deadline, then read-only. Saves are checked against the version the form was shown with.
/// </summary>
[Authorize(Roles = Roles.ProviderUser)]
public sealed class BidModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    public const string ConflictMessage =
        "Your changes have not been saved: this bid was changed in another tab or by a colleague after you opened it. Reload the page to see the latest version, then make your changes again.";

    private readonly BidWork _work = new(db, scope, clock);

    public Tender Tender { get; private set; } = null!;
    public TenderLot Lot { get; private set; } = null!;
    public Bid? Bid { get; private set; }
    public IReadOnlyList<PriceRow> Rows { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    public bool Open => Tender.IsOpenForBids(Now);
    public bool Editable => Open && Bid is null or { Status: BidStatus.Draft };

    /// <summary>What the form shows: the stored draft, or what was posted when it is shown again with errors.</summary>
    public Dictionary<string, string> PriceText { get; } = new(StringComparer.Ordinal);
    public Dictionary<int, string> AnswerText { get; } = [];
    public Dictionary<int, bool?> Passes { get; } = [];
    public bool DeclarationsAccepted { get; private set; }
    public int Version { get; private set; }
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int lot, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(id, lot, ct)) return NotFound();
        Done = done is "saved" or "submitted" or "revised" or "withdrawn" ? done : null;
        if (Bid is not null) await _work.RecordReadAsync(Tender, Bid, "Prices and answers", ct);
        ShowStored();
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, int lot, CancellationToken ct) => SaveAsync(id, lot, submit: false, ct);

    public Task<IActionResult> OnPostSubmitAsync(int id, int lot, CancellationToken ct) => SaveAsync(id, lot, submit: true, ct);

    public async Task<IActionResult> OnPostReviseAsync(int id, int lot, int version, CancellationToken ct)
    {
        if (!await LoadAsync(id, lot, ct)) return NotFound();
        ShowStored();
        if (Bid is null) return NotFound();
        return await TryAsync(() => _work.ReviseAsync(Tender, Bid, version, ct), "revised");
    }

    private async Task<IActionResult> SaveAsync(int id, int lot, bool submit, CancellationToken ct)
    {
        if (!await LoadAsync(id, lot, ct)) return NotFound();
        var draft = ReadForm();
        if (!ModelState.IsValid) return Page();
        var stored = Bid;
        return await TryAsync(() => _work.SaveDraftAsync(Tender, Lot.Number, stored, draft, Version, submit, ct), submit ? "submitted" : "saved");
    }

    private async Task<IActionResult> TryAsync(Func<Task> action, string done)
    {
        try
        {
            await action();
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(ErrorKey(e.Field), e.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", ConflictMessage);
            return Page();
        }
        return Redirect($"/bidding/{Tender.Id}/lots/{Lot.Number}?done={done}");
    }

    /// <summary>Cells and answers keep their own field names so the error sits beside them; the rest go to the summary.</summary>
    public static string ErrorKey(string field) =>
        field.StartsWith("Prices[", StringComparison.Ordinal) || field.StartsWith("Answers[", StringComparison.Ordinal)
            || field == nameof(DeclarationsAccepted) ? field : "";

    public static string AnswerField(int number) => $"Answers[{number}]";

    private async Task<bool> LoadAsync(int id, int lotNumber, CancellationToken ct)
    {
        var tender = await _work.TenderAsync(id, ct);
        var lot = tender?.Lots.FirstOrDefault(l => l.Number == lotNumber);
        if (tender is null || lot is null) return false;
        Tender = tender;
        Lot = lot;
        Rows = lot.PriceRows(BidWork.CategoryName(lot));
        Now = _work.Now;
        Bid = await _work.OwnBidAsync(id, lotNumber, ct);
        return true;
    }

    private void ShowStored()
    {
        Version = Bid?.Version ?? 0;
        if (Bid is null) return;
        foreach (var p in Bid.Prices) PriceText[PriceSchedule.CellField(p.RowCode, p.BandIndex)] = BiddingText.CellValue(p.Pence);
        foreach (var a in Bid.Answers)
        {
            AnswerText[a.QuestionNumber] = a.Text;
            Passes[a.QuestionNumber] = a.Passes;
        }
        DeclarationsAccepted = Bid.DeclarationsAccepted;
    }

    /// <summary>Reads the grid and answers as posted; prices that are not amounts of money are errors on their cells.</summary>
    private BidDraft ReadForm()
    {
        var form = Request.Form;
        Version = int.TryParse(form["Version"], out var v) ? v : 0;
        var prices = new List<BidPrice>();
        var bands = Tender.AgeBands.Bands;
        foreach (var row in Rows)
        {
            for (var i = 0; i < bands.Count; i++)
            {
                var field = PriceSchedule.CellField(row.Code, i);
                var text = form[field].ToString().Trim();
                PriceText[field] = text;
                if (text.Length == 0) continue;
                if (Money.TryParse(text, out var price)) prices.Add(new BidPrice(row.Code, i, price.Pence));
                else ModelState.AddModelError(field, $"Enter the weekly price for {row.Name}, ages {bands[i]} in pounds and pence, like 850 or 850.50");
            }
        }
        var answers = new List<BidAnswer>();
        foreach (var q in Lot.Questions)
        {
            var field = AnswerField(q.Number);
            if (q.Kind == QuestionKind.PassFail)
            {
                bool? passes = form[field].ToString() switch { "yes" => true, "no" => false, _ => null };
                Passes[q.Number] = passes;
                if (passes is not null) answers.Add(new BidAnswer(q.Number, "", passes));
            }
            else
            {
                var text = form[field].ToString();
                AnswerText[q.Number] = text;
                if (text.Trim().Length > 0) answers.Add(new BidAnswer(q.Number, text, null));
            }
        }
        DeclarationsAccepted = form[nameof(DeclarationsAccepted)] == "true";
        return new BidDraft(prices, answers, DeclarationsAccepted);
    }
}
