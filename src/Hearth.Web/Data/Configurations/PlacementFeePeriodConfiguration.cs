using Hearth.Domain.Placements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class PlacementFeePeriodConfiguration : IEntityTypeConfiguration<PlacementFeePeriod>
{
    public void Configure(EntityTypeBuilder<PlacementFeePeriod> b)
    {
        b.ToTable("PlacementFeePeriods");
        b.HasIndex(f => new { f.PlacementId, f.EffectiveFrom }).IsUnique();
    }
}
