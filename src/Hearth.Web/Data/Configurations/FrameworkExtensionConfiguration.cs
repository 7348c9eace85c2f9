using Hearth.Domain.Procurement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class FrameworkExtensionConfiguration : IEntityTypeConfiguration<FrameworkExtension>
{
    public void Configure(EntityTypeBuilder<FrameworkExtension> b)
    {
        b.ToTable("FrameworkExtensions");
        b.Property(e => e.Route).HasMaxLength(200).IsRequired();
        b.Property(e => e.Reason).HasMaxLength(2000).IsRequired();
        b.HasOne<KeyDecision>().WithMany().HasForeignKey(e => e.KeyDecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}
