using Hearth.Domain.Sourcing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class ReferralChildConfiguration : IEntityTypeConfiguration<ReferralChild>
{
    public void Configure(EntityTypeBuilder<ReferralChild> b)
    {
        b.ToTable("ReferralChildren");
        b.HasOne<Child>().WithMany().HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.ChildId);
    }
}
