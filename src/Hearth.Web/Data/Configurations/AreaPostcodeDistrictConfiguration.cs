using Hearth.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class AreaPostcodeDistrictConfiguration : IEntityTypeConfiguration<AreaPostcodeDistrict>
{
    public void Configure(EntityTypeBuilder<AreaPostcodeDistrict> b)
    {
        b.Property(d => d.PostcodeDistrict).HasMaxLength(4).IsRequired();
        b.HasIndex(d => new { d.AuthorityId, d.PostcodeDistrict }).IsUnique();
        b.HasOne<Authority>().WithMany().HasForeignKey(d => d.AuthorityId).OnDelete(DeleteBehavior.Cascade);
    }
}
