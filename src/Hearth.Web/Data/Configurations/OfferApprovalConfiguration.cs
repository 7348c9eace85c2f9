using Hearth.Domain.Sourcing.CallOffs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class OfferApprovalConfiguration : IEntityTypeConfiguration<OfferApproval>
{
    public void Configure(EntityTypeBuilder<OfferApproval> b)
    {
        b.Property(a => a.ApprovedByName).HasMaxLength(200).IsRequired();
        b.Property(a => a.Reason).HasMaxLength(OfferApproval.MaximumReasonLength).IsRequired();
        b.HasIndex(a => a.OfferId);
        b.HasIndex(a => a.CallOffId);
        b.HasOne<CallOff>().WithMany().HasForeignKey(a => a.CallOffId).OnDelete(DeleteBehavior.Restrict);
    }
}
