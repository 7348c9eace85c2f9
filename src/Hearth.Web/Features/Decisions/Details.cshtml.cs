using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Procurement;
using Hearth.Web.Data;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Decisions;

/// <summary>One decision: its details, what it authorised, and (for commissioners) moving it on to its next status.</summary>
[Authorize(Roles = Roles.Commissioner + "," + Roles.Auditor)]
public sealed class DetailsModel(HearthDb db, OrganisationScope scope) : PageModel
{
    public sealed class AdvanceInput
    {
        public KeyDecisionStatus Status { get; set; }

        [Required(ErrorMessage = "Enter the date")]
        public DateOnly? On { get; set; }

        public int Version { get; set; }
    }

    public sealed record Authorised(int FrameworkId, string FrameworkReference, string FrameworkTitle, string What);

    [BindProperty]
    public AdvanceInput Input { get; set; } = new();

    public KeyDecision? Decision { get; private set; }
    public IReadOnlyList<string> KeyReasons { get; private set; } = [];
    public Money Threshold { get; private set; }
    public int AuthorityDivisions { get; private set; }
    public List<Authorised> Links { get; private set; } = [];
    public bool Saved { get; private set; }
    public bool CanAdvance => scope.IsInRole(Roles.Commissioner) && Decision is not null && DecisionText.Next(Decision.Status) is not null;

    public async Task<IActionResult> OnGetAsync(int id, bool saved, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Saved = saved;
        Input = new AdvanceInput { Status = DecisionText.Next(Decision!.Status) ?? Decision.Status, Version = Decision.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!scope.IsInRole(Roles.Commissioner)) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var decision = Decision!;
        db.Entry(decision).Property(d => d.Version).OriginalValue = Input.Version;
        if (decision.Version != Input.Version)
            throw new DbUpdateConcurrencyException("The decision was changed by someone else.");
        try
        {
            decision.Advance(Input.Status, Input.On!.Value);
        }
        catch (DomainException e) when (e.Field != nameof(AdvanceInput.On))
        {
            // The date is the only field on the form: a date rule belongs beside it, a status rule in the summary.
            throw new DomainException(e.Field == nameof(KeyDecision.DecidedOn) ? nameof(AdvanceInput.On) : "", e.Message);
        }
        await db.SaveChangesAsync(ct);
        return Redirect($"/decisions/{id}?saved=true");
    }

    /// <summary>Loads the decision (scoped to the user's authority by HearthDb) and the frameworks and extensions it authorised.</summary>
    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (!scope.IsAuthority) return false;
        Decision = await db.KeyDecisions.SingleOrDefaultAsync(d => d.Id == id, ct);
        if (Decision is null) return false;
        var authority = await db.Authorities.AsNoTracking().SingleAsync(a => a.Id == Decision.AuthorityId, ct);
        Threshold = authority.KeyDecisionThreshold;
        AuthorityDivisions = authority.ElectoralDivisions;
        KeyReasons = Decision.KeyReasons(Threshold);

        var frameworks = await db.Frameworks.AsNoTracking().Where(f => f.KeyDecisionId == id)
            .OrderBy(f => f.StartDate).Select(f => new { f.Id, f.Reference, f.Title, f.StartDate }).ToListAsync(ct);
        var extensions = await db.Frameworks.AsNoTracking()
            .SelectMany(f => f.Extensions.Where(e => e.KeyDecisionId == id), (f, e) => new { f.Id, f.Reference, f.Title, e.PreviousEndDate, e.NewEndDate, e.Route })
            .ToListAsync(ct);
        Links =
        [
            .. frameworks.Select(f => new Authorised(f.Id, f.Reference, f.Title, $"Framework agreement starting {DecisionText.Date(f.StartDate)}")),
            .. extensions.OrderBy(e => e.NewEndDate).Select(e => new Authorised(e.Id, e.Reference, e.Title,
                $"Extension from {DecisionText.Date(e.PreviousEndDate)} to {DecisionText.Date(e.NewEndDate)}: {e.Route}")),
        ];
        return true;
    }
}
