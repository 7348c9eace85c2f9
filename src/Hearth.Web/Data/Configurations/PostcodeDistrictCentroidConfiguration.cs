using Hearth.Domain.Sourcing.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class PostcodeDistrictCentroidConfiguration : IEntityTypeConfiguration<PostcodeDistrictCentroid>
{
    public void Configure(EntityTypeBuilder<PostcodeDistrictCentroid> b)
    {
        b.HasKey(c => c.District);
        b.Property(c => c.District).HasMaxLength(4);
        b.Ignore(c => c.Point);
    }
}
