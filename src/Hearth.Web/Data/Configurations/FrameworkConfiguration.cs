using Hearth.Domain.Organisations;
using Hearth.Domain.Procurement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class FrameworkConfiguration : IEntityTypeConfiguration<Framework>
{
    public void Configure(EntityTypeBuilder<Framework> b)
    {
        b.Property(f => f.Reference).HasMaxLength(40).IsRequired();
        b.Property(f => f.Title).HasMaxLength(300).IsRequired();
        b.Property(f => f.Version).IsConcurrencyToken();
        b.Ignore(f => f.LeadAuthorityId);
        b.HasIndex(f => f.Reference).IsUnique();
        b.HasOne<KeyDecision>().WithMany().HasForeignKey(f => f.KeyDecisionId).OnDelete(DeleteBehavior.Restrict);

        b.HasMany(f => f.Parties).WithOne().HasForeignKey(p => p.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(f => f.Parties).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(f => f.Members).WithOne().HasForeignKey(m => m.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(f => f.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Property(f => f.Indexation).AsJson();
        b.HasMany(f => f.LotMembers).WithOne().HasForeignKey(m => m.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(f => f.LotMembers).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(f => f.Extensions).WithOne().HasForeignKey(e => e.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(f => f.Extensions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
