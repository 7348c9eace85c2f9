using Hearth.Domain.Placements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class PlacementAdditionalCostConfiguration : IEntityTypeConfiguration<PlacementAdditionalCost>
{
    public void Configure(EntityTypeBuilder<PlacementAdditionalCost> b)
    {
        b.ToTable("PlacementAdditionalCosts", t => t.HasCheckConstraint("CK_PlacementAdditionalCosts_Amount", "\"Amount\" > 0"));
        b.Property(c => c.Description).HasMaxLength(PlacementAdditionalCost.MaximumDescriptionLength).IsRequired();
        b.HasIndex(c => c.PlacementId);
    }
}
