using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Decisions;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Sourcing;

/// <summary>
/// The broker compares a signed-off referral's options side by side (sortable, filterable, each factor's points in an
/// expandable row), chooses one with a rationale, and Hearth freezes the decision record and creates the placement.
/// </summary>
[Authorize(Roles = SourcingAccess.Choosers)]
public sealed class SelectionModel(HearthDb db, DecisionWork work) : PageModel
{
    public sealed record ChildRow(string Name, string CaseReference, int Age, bool IsUasc, bool HasDisability);

    public Referral Referral { get; private set; } = null!;
    public List<ChildRow> Children { get; private set; } = [];
    public List<DecisionOption> Options { get; private set; } = [];
    public int AllOptionsCount { get; private set; }

    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Dir { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Select the option you are choosing")]
        public string? ChosenKey { get; set; }

        [Required(ErrorMessage = "Enter why you chose this option")]
        public string? Rationale { get; set; }
    }

    public List<SelectListItem> KindItems =>
    [
        new("All options", ""), new("In-house households", "InHouse"), new("Framework offers", "FrameworkOffer"), new("Spot purchases", "Spot"),
    ];

    public List<SelectListItem> ChoiceItems => Options.Select(o => new SelectListItem(Label(o), o.Key)).ToList();

    public static string Label(DecisionOption o) => o.Kind switch
    {
        DecisionOptionKind.InHouse => $"In-house household {o.HouseholdReference}",
        DecisionOptionKind.Spot => $"Spot purchase: {o.ProviderName}, household {o.HouseholdReference}",
        _ => $"Offer from {o.ProviderName}, household {o.HouseholdReference}",
    } + (o.NeedsApproval && o.Approval is null ? " (needs a manager's approval)" : "");

    public static string KindName(DecisionOptionKind kind) => kind switch
    {
        DecisionOptionKind.InHouse => "In-house",
        DecisionOptionKind.FrameworkOffer => "Framework offer",
        _ => "Spot purchase",
    };

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (await work.DecisionIdForAsync(id, ct) is { } decisionId) return Redirect($"/call-off-decisions/{decisionId}");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        try
        {
            var decision = await work.ChooseAsync(Referral, Input.ChosenKey, Input.Rationale, ct);
            return Redirect($"/call-off-decisions/{decision.Id}?saved=frozen");
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", DecisionWork.ConflictMessage);
            await LoadAsync(id, ct);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var referral = await work.SignedOffReferralAsync(id, ct);
        if (referral is null) return false;
        Referral = referral;
        var ids = referral.Children.Select(c => c.ChildId).ToList();
        var on = work.Today;
        Children = (await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id)).OrderBy(c => c.DateOfBirth).ToListAsync(ct))
            .Select(c => new ChildRow(c.FullName, c.CaseReference, Hearth.Domain.Sourcing.Child.AgeOn(c.DateOfBirth, on), c.IsUasc, c.HasDisability)).ToList();
        var all = (await work.OptionsAsync(referral, ct)).Options;
        AllOptionsCount = all.Count;
        IEnumerable<DecisionOption> shown = Enum.TryParse<DecisionOptionKind>(Kind, out var kind) ? all.Where(o => o.Kind == kind) : all;
        var descending = Dir == "desc";
        shown = (Sort ?? "score") switch
        {
            "fee" => descending ? shown.OrderByDescending(o => o.WeeklyFee) : shown.OrderBy(o => o.WeeklyFee),
            "provider" => descending ? shown.OrderByDescending(o => o.ProviderName) : shown.OrderBy(o => o.ProviderName),
            "kind" => descending ? shown.OrderByDescending(o => o.Kind) : shown.OrderBy(o => o.Kind),
            _ => Dir == "asc" ? shown.OrderBy(o => o.TotalScore) : shown.OrderByDescending(o => o.TotalScore),
        };
        Options = [.. ((IOrderedEnumerable<DecisionOption>)shown).ThenBy(o => o.Key, StringComparer.Ordinal)];
        return true;
    }

    /// <summary>The address that sorts by a column (toggling the direction when it is already sorted by it).</summary>
    public string SortLink(string column)
    {
        var current = Sort ?? "score";
        var currentDir = Dir ?? (current == "score" ? "desc" : "asc");
        var dir = current == column ? (currentDir == "asc" ? "desc" : "asc") : (column == "score" ? "desc" : "asc");
        return $"/referrals/{Referral.Id}/selection?Sort={column}&Dir={dir}&Kind={Uri.EscapeDataString(Kind ?? "")}";
    }

    public string AriaSort(string column)
    {
        var current = Sort ?? "score";
        if (current != column) return "none";
        return (Dir ?? (current == "score" ? "desc" : "asc")) == "asc" ? "ascending" : "descending";
    }
}
