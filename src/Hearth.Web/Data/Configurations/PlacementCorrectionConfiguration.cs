using Hearth.Domain.Placements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class PlacementCorrectionConfiguration : IEntityTypeConfiguration<PlacementCorrection>
{
    public void Configure(EntityTypeBuilder<PlacementCorrection> b)
    {
        b.ToTable("PlacementCorrections");
        b.Property(c => c.Field).HasMaxLength(40).IsRequired();
        b.Property(c => c.OldValue).HasMaxLength(200).IsRequired();
        b.Property(c => c.NewValue).HasMaxLength(200).IsRequired();
        b.Property(c => c.Reason).HasMaxLength(500).IsRequired();
        b.HasIndex(c => c.PlacementId);
    }
}
