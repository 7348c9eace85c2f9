using Hearth.Domain.Organisations;
using Hearth.Domain.Procurement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class FrameworkPartyConfiguration : IEntityTypeConfiguration<FrameworkParty>
{
    public void Configure(EntityTypeBuilder<FrameworkParty> b)
    {
        b.ToTable("FrameworkParties");
        b.HasKey(p => new { p.FrameworkId, p.AuthorityId });
        b.HasOne<Authority>().WithMany().HasForeignKey(p => p.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => p.AuthorityId);
    }
}
