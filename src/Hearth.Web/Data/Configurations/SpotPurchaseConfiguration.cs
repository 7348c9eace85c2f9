using Hearth.Domain.Organisations;
using Hearth.Domain.Sourcing;
using Hearth.Domain.Sourcing.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class SpotPurchaseConfiguration : IEntityTypeConfiguration<SpotPurchase>
{
    public void Configure(EntityTypeBuilder<SpotPurchase> b)
    {
        b.Property(s => s.HouseholdReference).HasMaxLength(40).IsRequired();
        b.Property(s => s.Justification).HasMaxLength(SpotPurchase.MaximumTextLength).IsRequired();
        b.Property(s => s.BandBasis).HasMaxLength(300);
        b.Property(s => s.OpenedByName).HasMaxLength(200);
        b.Property(s => s.ApprovedByName).HasMaxLength(200);
        b.Property(s => s.ApprovalReason).HasMaxLength(SpotPurchase.MaximumTextLength);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasIndex(s => new { s.AuthorityId, s.OpenedAt });
        b.HasIndex(s => s.ReferralId);
        b.HasOne<Authority>().WithMany().HasForeignKey(s => s.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Referral>().WithMany().HasForeignKey(s => s.ReferralId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.ProviderId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(s => s.NeedsApproval);
        b.Ignore(s => s.CanBeChosen);
        b.Ignore(s => s.OptionKey);
    }
}
