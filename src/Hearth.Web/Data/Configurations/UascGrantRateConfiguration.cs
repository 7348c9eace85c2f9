using Hearth.Domain.Finance;
using Hearth.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class UascGrantRateConfiguration : IEntityTypeConfiguration<UascGrantRate>
{
    public void Configure(EntityTypeBuilder<UascGrantRate> b)
    {
        b.ToTable("UascGrantRates");
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne<Authority>().WithMany().HasForeignKey(r => r.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        // Two rates of one band cannot start on the same date; wider overlaps are refused by the domain.
        b.HasIndex(r => new { r.AuthorityId, r.AgeBand, r.EffectiveFrom }).IsUnique();
    }
}
