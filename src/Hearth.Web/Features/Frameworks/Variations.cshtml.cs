using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Procurement;
using Hearth.Domain.Procurement.Tendering;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Frameworks;

/// <summary>
/// Variations of a framework by the lead authority's commissioner: extend the term (e.g. a direct award on existing terms)
/// suspend, reinstate or remove a provider on a lot; reopen the framework to admit new providers (a new tender round on
/// the same terms); apply indexation from a 1 April. Each is linked to a decision and audited.
/// </summary>
[Authorize(Roles = Roles.Commissioner)]
public sealed class VariationsModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    public sealed class ExtendInput
    {
        [Required(ErrorMessage = "Enter the new end date")]
        public DateOnly? NewEndDate { get; set; }

        [Required(ErrorMessage = "Select the decision that authorises the extension")]
        public int? DecisionId { get; set; }

        [Required(ErrorMessage = "Enter how the extension was procured")]
        public string? Route { get; set; } = "Direct award on existing terms and conditions";

        [Required(ErrorMessage = "Enter the reason for the extension")]
        public string? Reason { get; set; }

        public int Version { get; set; }
    }

    public sealed class StatusInput
    {
        [Required(ErrorMessage = "Select the provider and lot")]
        public int? LotMemberId { get; set; }

        [Required(ErrorMessage = "Select what to do")]
        public LotMembershipStatus? Action { get; set; }

        [Required(ErrorMessage = "Enter the reason")]
        public string? Reason { get; set; }

        public int? DecisionId { get; set; }

        public int Version { get; set; }
    }

    public sealed class ReopenInput
    {
        [Required(ErrorMessage = "Enter a reference for the new round")]
        public string? Reference { get; set; }

        [Required(ErrorMessage = "Select the decision that authorises reopening the framework")]
        public int? DecisionId { get; set; }

        [Required(ErrorMessage = "Enter the publication date")]
        public DateOnly? PublicationDate { get; set; }

        [Required(ErrorMessage = "Enter the clarification deadline")]
        public DateOnly? ClarificationDeadline { get; set; }

        [Required(ErrorMessage = "Enter the submission deadline")]
        public DateOnly? SubmissionDeadline { get; set; }

        [Required(ErrorMessage = "Enter the date evaluation starts")]
        public DateOnly? EvaluationDate { get; set; }

        [Required(ErrorMessage = "Enter the award date")]
        public DateOnly? AwardDate { get; set; }

        [Required(ErrorMessage = "Enter the date new providers join")]
        public DateOnly? StartDate { get; set; }

        public string? Justification { get; set; }

        public int Version { get; set; }
    }

    public sealed class IndexationInput
    {
        [Required(ErrorMessage = "Enter the 1 April the new prices apply from")]
        public DateOnly? EffectiveFrom { get; set; }

        public string? IndexPercent { get; set; }

        [Required(ErrorMessage = "Select the decision that authorises the indexation")]
        public int? DecisionId { get; set; }

        public int Version { get; set; }
    }

    public sealed record MemberRow(int Id, int LotNumber, string LotName, string Provider, int? Rank, LotMembershipStatus Status,
        string? StatusReason, DateOnly? StatusChangedOn, string? Decision);

    [BindProperty]
    public ExtendInput Extend { get; set; } = new();

    [BindProperty]
    public StatusInput Status { get; set; } = new();

    [BindProperty]
    public ReopenInput Reopen { get; set; } = new();

    [BindProperty]
    public IndexationInput Index { get; set; } = new();

    public Framework Framework { get; private set; } = null!;
    public List<Tender> Rounds { get; private set; } = [];
    public bool ReopenedAlready => Rounds.Any(r => r.Status == TenderStatus.Awarded);
    public DateOnly Today { get; private set; }
    public List<MemberRow> Members { get; private set; } = [];
    public List<SelectListItem> Decisions { get; private set; } = [];
    public List<SelectListItem> MemberOptions { get; private set; } = [];
    public string? Saved { get; private set; }

    public static readonly List<SelectListItem> Actions =
    [
        new("Suspend: no call-offs until reinstated", nameof(LotMembershipStatus.Suspended)),
        new("Reinstate a suspended provider", nameof(LotMembershipStatus.Active)),
        new("Remove from the lot for good", nameof(LotMembershipStatus.Removed)),
    ];

    public async Task<IActionResult> OnGetAsync(int id, string? saved, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null) return result;
        Saved = saved;
        Extend.Version = Status.Version = Index.Version = Reopen.Version = Framework.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostExtendAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null) return result;
        ModelState.Clear();
        if (!TryValidateModel(Extend, nameof(Extend))) return Page();
        await CheckDecisionAsync(Extend.DecisionId, "Extend.DecisionId", ct);
        try
        {
            Framework.Extend(Extend.NewEndDate!.Value, Extend.DecisionId!.Value, Extend.Route!, Extend.Reason!);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("Extend." + e.Field, e.Message);
            return Page();
        }
        await SaveAsync(Extend.Version, ct);
        var warning = Framework.ExceedsMaximumTerm() ? $" The term is now longer than the {Hearth.Domain.Procurement.Framework.MaximumTermYears(Framework.Regime)} years the regime allows: make sure the decision records why." : "";
        return Redirect($"/frameworks/{id}/variations?saved=" + Uri.EscapeDataString($"Term extended to {FrameworkText.Date(Framework.EndDate)}.{warning}"));
    }

    public async Task<IActionResult> OnPostStatusAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null) return result;
        ModelState.Clear();
        if (!TryValidateModel(Status, nameof(Status))) return Page();
        await CheckDecisionAsync(Status.DecisionId, "Status.DecisionId", ct);
        var today = London.Today(clock);
        try
        {
            switch (Status.Action)
            {
                case LotMembershipStatus.Suspended: Framework.Suspend(Status.LotMemberId!.Value, Status.Reason!, Status.DecisionId, today); break;
                case LotMembershipStatus.Active: Framework.Reinstate(Status.LotMemberId!.Value, Status.Reason!, Status.DecisionId, today); break;
                default: Framework.Remove(Status.LotMemberId!.Value, Status.Reason!, Status.DecisionId, today); break;
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("Status." + (e.Field == "Status" ? "Action" : e.Field), e.Message);
            return Page();
        }
        await SaveAsync(Status.Version, ct);
        var member = Members.Single(m => m.Id == Status.LotMemberId);
        var what = Status.Action switch { LotMembershipStatus.Suspended => "suspended", LotMembershipStatus.Active => "reinstated", _ => "removed" };
        return Redirect($"/frameworks/{id}/variations?saved=" + Uri.EscapeDataString($"{member.Provider} {what} on lot {member.LotNumber}"));
    }

    /// <summary>Reopens the framework: drafts a new tender round on the same terms, linked to the framework and the decision.</summary>
    public async Task<IActionResult> OnPostReopenAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null) return result;
        ModelState.Clear();
        if (!TryValidateModel(Reopen, nameof(Reopen))) return Page();
        await CheckDecisionAsync(Reopen.DecisionId, "Reopen.DecisionId", ct);
        if (Framework.Version != Reopen.Version)
        {
            ModelState.AddModelError("", "Someone else changed this framework while you were working. Nothing has been saved: check it and try again.");
            return Page();
        }
        var reference = (Reopen.Reference ?? "").Trim();
        var original = Framework.TenderId is { } originalId
            ? await db.Tenders.Include(t => t.Lots).Include(t => t.Parties).AsSplitQuery().SingleOrDefaultAsync(t => t.Id == originalId, ct)
            : null;
        if (original is null)
            ModelState.AddModelError("Reopen.Reference", "This framework was not tendered in Hearth: there are no published terms to reopen it on");
        else if (await db.Tenders.IgnoreQueryFilters().AnyAsync(t => t.Reference == reference, ct))
            ModelState.AddModelError("Reopen.Reference", $"There is already a tender with the reference {reference}");
        if (!ModelState.IsValid) return Page();
        Tender round;
        try
        {
            var timeline = new TenderTimeline(Reopen.PublicationDate!.Value,
                Tenders.TenderInput.Instant(Reopen.ClarificationDeadline!.Value, "12:00", "ClarificationDeadline"),
                Tenders.TenderInput.Instant(Reopen.SubmissionDeadline!.Value, "12:00", "SubmissionDeadline"),
                Reopen.EvaluationDate!.Value, Reopen.AwardDate!.Value, Reopen.StartDate!.Value);
            round = Tender.ReopenRound(Framework, original!, reference, Reopen.DecisionId!.Value, timeline, ReopenedAlready, Reopen.Justification);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("Reopen." + e.Field, e.Message);
            return Page();
        }
        db.Tenders.Add(round);
        await db.SaveChangesAsync(ct);
        return Redirect($"/tenders/{round.Id}?saved=" + Uri.EscapeDataString($"Round {round.Reference} drafted on the framework's terms: add the evaluation panel, then publish it."));
    }

    /// <summary>Applies the framework's indexation rule from a 1 April to every member's contracted prices.</summary>
    public async Task<IActionResult> OnPostIndexationAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, ct);
        if (result is not null) return result;
        ModelState.Clear();
        if (!TryValidateModel(Index, nameof(Index))) return Page();
        await CheckDecisionAsync(Index.DecisionId, "Index.DecisionId", ct);
        FrameworkUplift uplift;
        try
        {
            uplift = Framework.ApplyIndexation(Index.EffectiveFrom!.Value, ParseIndex(Index.IndexPercent), Index.DecisionId!.Value, London.Today(clock));
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("Index." + e.Field, e.Message);
            return Page();
        }
        await SaveAsync(Index.Version, ct);
        return Redirect($"/frameworks/{id}/variations?saved=" + Uri.EscapeDataString(
            $"Prices from {FrameworkText.Date(uplift.EffectiveFrom)} uplifted by {uplift.AppliedBasisPoints / 100m:0.00}% for every provider."));
    }

    /// <summary>"3.4", "-0.2" or "3.4%" as basis points; blank is null (a fixed uplift needs no figure).</summary>
    public static int? ParseIndex(string? text)
    {
        var cleaned = (text ?? "").Trim().TrimEnd('%').Trim();
        if (cleaned.Length == 0) return null;
        if (!decimal.TryParse(cleaned, System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowLeadingSign,
                System.Globalization.CultureInfo.InvariantCulture, out var percent) || percent * 100 != decimal.Truncate(percent * 100) || Math.Abs(percent) > 25)
            throw new DomainException("IndexPercent", "Enter the index figure as a percentage between -25 and 25 with up to 2 decimal places, like 3.4");
        return (int)(percent * 100);
    }

    private async Task CheckDecisionAsync(int? decisionId, string key, CancellationToken ct)
    {
        if (decisionId is { } d && !await db.KeyDecisions.AnyAsync(k => k.Id == d, ct))
            throw new DomainException(key, "Select a decision from your authority's register");
    }

    private async Task SaveAsync(int shownVersion, CancellationToken ct)
    {
        db.Entry(Framework).Property(f => f.Version).OriginalValue = shownVersion;
        await db.SaveChangesAsync(ct);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var framework = await db.Frameworks.Include(f => f.Parties).Include(f => f.Extensions).Include(f => f.LotMembers).Include(f => f.Members)
            .Include(f => f.Uplifts).AsSplitQuery().SingleOrDefaultAsync(f => f.Id == id, ct);
        if (framework is null) return NotFound();
        if (!scope.IsAuthority || framework.LeadAuthorityId != scope.FilterOrganisationId) return Forbid();
        Framework = framework;
        Today = London.Today(clock);
        Rounds = await db.Tenders.Where(t => t.ReopensFrameworkId == id).OrderBy(t => t.Id).ToListAsync(ct);
        var providerIds = framework.LotMembers.Select(m => m.ProviderId).Distinct().ToList();
        var names = await db.Providers.IgnoreQueryFilters().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var decisions = await db.KeyDecisions.OrderByDescending(d => d.Reference).ToDictionaryAsync(d => d.Id, d => d.Reference + ": " + d.Title, ct);
        Members = framework.LotMembers.OrderBy(m => m.LotNumber).ThenBy(m => m.Rank ?? int.MaxValue).ThenBy(m => names.GetValueOrDefault(m.ProviderId))
            .Select(m => new MemberRow(m.Id, m.LotNumber, m.LotName, names.GetValueOrDefault(m.ProviderId, "Unknown"), m.Rank, m.Status, m.StatusReason,
                m.StatusChangedOn, m.StatusDecisionId is { } d ? decisions.GetValueOrDefault(d) : null)).ToList();
        Decisions = [new("Select a decision", ""), .. decisions.Select(d => new SelectListItem(d.Value, d.Key.ToString()))];
        MemberOptions = [new("Select a provider and lot", ""), .. Members.Where(m => m.Status != LotMembershipStatus.Removed)
            .Select(m => new SelectListItem($"Lot {m.LotNumber}: {m.Provider}{(m.Status == LotMembershipStatus.Suspended ? " (suspended)" : "")}", m.Id.ToString()))];
        return null;
    }
}
