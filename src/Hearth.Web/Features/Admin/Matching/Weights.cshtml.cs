using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Common;
using Hearth.Domain.Sourcing.Matching;
using Hearth.Web.Data;
using Hearth.Web.Features.Matching;
using Hearth.Web.Platform;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Admin.Matching;

/// <summary>The authority's match weights: how many of the 100 points each factor is worth.</summary>
[Authorize(Roles = Roles.Administrator + "," + Roles.Commissioner)]
public sealed class WeightsModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public bool Saved { get; private set; }
    public bool IsDefault { get; private set; }
    public string ChangedBy { get; private set; } = "";
    public DateOnly? ChangedOn { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the weight for needs")] [Range(0, 100, ErrorMessage = "Each weight must be between 0 and 100")] public int? Needs { get; set; }
        [Required(ErrorMessage = "Enter the weight for distance")] [Range(0, 100, ErrorMessage = "Each weight must be between 0 and 100")] public int? Distance { get; set; }
        [Required(ErrorMessage = "Enter the weight for language and culture")] [Range(0, 100, ErrorMessage = "Each weight must be between 0 and 100")] public int? LanguageAndCulture { get; set; }
        [Required(ErrorMessage = "Enter the weight for other children")] [Range(0, 100, ErrorMessage = "Each weight must be between 0 and 100")] public int? OtherChildren { get; set; }
        [Required(ErrorMessage = "Enter the weight for pets")] [Range(0, 100, ErrorMessage = "Each weight must be between 0 and 100")] public int? Pets { get; set; }
        [Required(ErrorMessage = "Enter the weight for stability")] [Range(0, 100, ErrorMessage = "Each weight must be between 0 and 100")] public int? Stability { get; set; }
        [Required(ErrorMessage = "Enter the weight for price")] [Range(0, 100, ErrorMessage = "Each weight must be between 0 and 100")] public int? Price { get; set; }
        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken ct)
    {
        if (!scope.IsAuthority) return Forbid();
        Saved = saved;
        var row = await db.MatchWeights.AsNoTracking().SingleOrDefaultAsync(w => w.AuthorityId == scope.FilterOrganisationId, ct);
        var w = row?.Weights ?? MatchWeights.Default;
        IsDefault = row is null;
        ChangedBy = row?.ChangedBy ?? "";
        ChangedOn = row?.ChangedOn;
        Input = new()
        {
            Needs = w.Needs, Distance = w.Distance, LanguageAndCulture = w.LanguageAndCulture, OtherChildren = w.OtherChildren, Pets = w.Pets,
            Stability = w.Stability, Price = w.Price, Version = row?.Version ?? 0,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!scope.IsAuthority) return Forbid();
        if (!ModelState.IsValid) return Page();
        var weights = MatchWeights.Create(Input.Needs!.Value, Input.Distance!.Value, Input.LanguageAndCulture!.Value, Input.OtherChildren!.Value,
            Input.Pets!.Value, Input.Stability!.Value, Input.Price!.Value);
        var today = London.Today(clock);
        var row = await db.MatchWeights.SingleOrDefaultAsync(w => w.AuthorityId == scope.FilterOrganisationId, ct);
        if (row is null) db.MatchWeights.Add(AuthorityMatchWeights.For(scope.FilterOrganisationId, weights, scope.ActorName, today));
        else
        {
            db.Entry(row).Property(w => w.Version).OriginalValue = Input.Version;
            row.Change(weights, scope.ActorName, today);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException or DbUpdateException)
        {
            ModelState.AddModelError("", "Someone else changed the weights while you were editing them. Nothing was saved: reload the page to see their change.");
            return Page();
        }
        return Redirect("/admin/match-weights?saved=true");
    }
}
