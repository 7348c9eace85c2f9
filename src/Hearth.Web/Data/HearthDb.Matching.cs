using Hearth.Domain.Sourcing.Matching;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Data;

public abstract partial class HearthDb
{
    /// <summary>Imported postcode-district centroids (reference data, not scoped); they add to or replace the shipped list.</summary>
    public DbSet<PostcodeDistrictCentroid> PostcodeDistrictCentroids => Set<PostcodeDistrictCentroid>();
    public DbSet<AuthorityMatchWeights> MatchWeights => Set<AuthorityMatchWeights>();
}
