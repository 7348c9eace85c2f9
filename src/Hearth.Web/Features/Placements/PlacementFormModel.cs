using Hearth.Domain.Placements;
using Hearth.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Features.Placements;

/// <summary>
/// The pages that change one placement (fee change, correction, ending): load it within the user's scope, and save
/// against the version the form was shown with, so two people changing it at once cannot overwrite each other.
/// </summary>
public abstract class PlacementFormModel(HearthDb db) : PageModel
{
    public Placement Placement { get; private set; } = null!;

    protected HearthDb Db => db;

    protected async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var placement = await db.Placements.WithCosting().Include(p => p.Corrections).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (placement is null) return false;
        Placement = placement;
        return true;
    }

    /// <summary>Saves the change made to <see cref="Placement"/>, as long as nobody changed it since the form was shown.</summary>
    protected async Task SaveAsync(int shownVersion, CancellationToken ct)
    {
        db.Entry(Placement).Property(p => p.Version).OriginalValue = shownVersion;
        await db.SaveChangesAsync(ct);
    }
}
