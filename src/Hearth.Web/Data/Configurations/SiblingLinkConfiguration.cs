using Hearth.Domain.Organisations;
using Hearth.Domain.Sourcing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class SiblingLinkConfiguration : IEntityTypeConfiguration<SiblingLink>
{
    public void Configure(EntityTypeBuilder<SiblingLink> b)
    {
        b.HasIndex(l => new { l.ChildId, l.SiblingId }).IsUnique();
        b.HasIndex(l => l.SiblingId);
        b.HasOne<Authority>().WithMany().HasForeignKey(l => l.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Child>().WithMany().HasForeignKey(l => l.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Child>().WithMany().HasForeignKey(l => l.SiblingId).OnDelete(DeleteBehavior.Restrict);
    }
}
