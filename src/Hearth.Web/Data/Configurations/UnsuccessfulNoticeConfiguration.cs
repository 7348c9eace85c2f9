using Hearth.Domain.Organisations;
using Hearth.Domain.Sourcing.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class UnsuccessfulNoticeConfiguration : IEntityTypeConfiguration<UnsuccessfulNotice>
{
    public void Configure(EntityTypeBuilder<UnsuccessfulNotice> b)
    {
        b.Property(n => n.OptionKey).HasMaxLength(60).IsRequired();
        b.HasIndex(n => new { n.DecisionId, n.ProviderId }).IsUnique();
        b.HasIndex(n => n.SentAt);
        b.HasOne<CallOffDecision>().WithMany().HasForeignKey(n => n.DecisionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(n => n.ProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}
