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

/// <summary>
/// Postcode-district centroids used for distances: the shipped list, and a gazetteer CSV the service operator imports.
/// The centroids are every authority's (one authority's import would move another's distances), so an authority's
/// administrator reads them and only the service operator changes them (ADR 0024).
/// </summary>
[Authorize(Roles = Roles.Administrator + "," + Roles.ServiceOperator)]
public sealed class PostcodeDistrictsModel(HearthDb db, OrganisationScope scope, TimeProvider clock) : PageModel
{
    public const string FileField = "File";
    public const int MaximumFileBytes = 2 * 1024 * 1024;

    public sealed record Row(string District, GeoPoint Point, bool Imported);

    public List<Row> Rows { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public int? Added { get; set; }
    [BindProperty(SupportsGet = true)] public int? Replaced { get; set; }

    public bool CanImport => scope.CanOperate;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!scope.IsAuthority && !scope.CanOperate) return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (!scope.CanOperate) return Forbid();
        if (file is null || file.Length == 0) ModelState.AddModelError(FileField, file is null ? "Select a CSV file" : "The selected file is empty");
        else if (file.Length > MaximumFileBytes) ModelState.AddModelError(FileField, "The selected file must be smaller than 2MB");
        else
        {
            using var reader = new StreamReader(file.OpenReadStream());
            var outcome = await DistrictCentroids.ImportAsync(db, reader, London.Today(clock), ct);
            if (outcome.Errors.Count == 0) return Redirect($"/admin/postcode-districts?Added={outcome.Added}&Replaced={outcome.Replaced}");
            ModelState.AddModelError(FileField, $"The file has {outcome.Errors.Count} problem{(outcome.Errors.Count == 1 ? "" : "s")}: nothing was imported");
            Errors = outcome.Errors;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var imported = await db.PostcodeDistrictCentroids.AsNoTracking().Select(c => c.District).ToListAsync(ct);
        var all = await DistrictCentroids.AllAsync(db, ct);
        Rows = [.. all.OrderBy(kv => kv.Key.TrimEnd("0123456789".ToCharArray()), StringComparer.Ordinal)
            .ThenBy(kv => int.TryParse(kv.Key.AsSpan(kv.Key.TrimEnd("0123456789".ToCharArray()).Length), out var n) ? n : 0)
            .Select(kv => new Row(kv.Key, kv.Value, imported.Contains(kv.Key)))];
    }
}
