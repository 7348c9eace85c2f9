using Hearth.Domain.Placements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class PlacementFundingShareConfiguration : IEntityTypeConfiguration<PlacementFundingShare>
{
    public void Configure(EntityTypeBuilder<PlacementFundingShare> b)
    {
        b.ToTable("PlacementFundingShares", t => t.HasCheckConstraint("CK_PlacementFundingShares_Share",
            "(\"WeeklyAmount\" IS NULL) <> (\"ShareBasisPoints\" IS NULL)"));
        b.HasIndex(s => s.PlacementId);
    }
}
