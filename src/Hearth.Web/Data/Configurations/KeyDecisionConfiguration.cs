using Hearth.Domain.Organisations;
using Hearth.Domain.Procurement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class KeyDecisionConfiguration : IEntityTypeConfiguration<KeyDecision>
{
    public void Configure(EntityTypeBuilder<KeyDecision> b)
    {
        b.Property(d => d.Reference).HasMaxLength(20).IsRequired();
        b.Property(d => d.Title).HasMaxLength(300).IsRequired();
        b.Property(d => d.DecisionMaker).HasMaxLength(200).IsRequired();
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasIndex(d => new { d.AuthorityId, d.Reference }).IsUnique();
        b.HasOne<Authority>().WithMany().HasForeignKey(d => d.AuthorityId).OnDelete(DeleteBehavior.Restrict);
    }
}
