using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

/// <summary>The frozen call-off decisions: append-only (the CallOffDecisionsAndSpot migration adds triggers refusing UPDATE and DELETE).</summary>
public sealed class CallOffDecisionConfiguration : IEntityTypeConfiguration<CallOffDecision>
{
    public void Configure(EntityTypeBuilder<CallOffDecision> b)
    {
        b.ToTable("CallOffDecisions");
        b.Property(d => d.ChosenKey).HasMaxLength(60).IsRequired();
        b.Property(d => d.ChosenKind).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.DecidedByName).HasMaxLength(200);
        b.Property(d => d.Snapshot).IsRequired();
        b.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        b.HasIndex(d => d.ReferralId).IsUnique();
        b.HasIndex(d => d.AuthorityId);
        b.HasIndex(d => d.ChosenProviderId);
        b.HasOne<Authority>().WithMany().HasForeignKey(d => d.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Referral>().WithMany().HasForeignKey(d => d.ReferralId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany<Placement>().WithOne().HasForeignKey(p => p.CallOffDecisionId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(d => d.IsIntact);
    }
}
