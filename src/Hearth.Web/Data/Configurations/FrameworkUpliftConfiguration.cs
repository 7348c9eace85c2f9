using Hearth.Domain.Procurement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

/// <summary>Indexation variations of a framework: one per 1 April, linked to the decision that authorised it.</summary>
public sealed class FrameworkUpliftConfiguration : IEntityTypeConfiguration<FrameworkUplift>
{
    public void Configure(EntityTypeBuilder<FrameworkUplift> b)
    {
        b.ToTable("FrameworkUplifts");
        b.HasOne<Framework>().WithMany(f => f.Uplifts).HasForeignKey(u => u.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(u => new { u.FrameworkId, u.EffectiveFrom }).IsUnique();
        b.HasOne<KeyDecision>().WithMany().HasForeignKey(u => u.KeyDecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}
