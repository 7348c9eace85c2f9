using Hearth.Domain.Organisations;
using Hearth.Domain.Procurement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class FrameworkMemberConfiguration : IEntityTypeConfiguration<FrameworkMember>
{
    public void Configure(EntityTypeBuilder<FrameworkMember> b)
    {
        b.ToTable("FrameworkMembers");
        b.HasIndex(m => new { m.FrameworkId, m.ProviderId }).IsUnique();
        b.HasIndex(m => m.ProviderId);
        b.HasOne<Provider>().WithMany().HasForeignKey(m => m.ProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}
