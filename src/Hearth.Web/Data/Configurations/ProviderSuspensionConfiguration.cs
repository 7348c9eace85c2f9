using Hearth.Domain.Organisations;
using Hearth.Domain.Procurement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class ProviderSuspensionConfiguration : IEntityTypeConfiguration<ProviderSuspension>
{
    public void Configure(EntityTypeBuilder<ProviderSuspension> b)
    {
        b.ToTable("ProviderSuspensions");
        b.Property(s => s.Reason).HasMaxLength(SuspensionReason.MaximumLength).IsRequired();
        b.Property(s => s.ReinstatementReason).HasMaxLength(SuspensionReason.MaximumLength);
        b.Property(s => s.SuspendedByName).HasMaxLength(200).IsRequired();
        b.Property(s => s.ReinstatedByName).HasMaxLength(200);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Ignore(s => s.InForce);
        // One suspension in force per authority and provider, also when two commissioners suspend at the same moment.
        b.HasIndex(s => new { s.AuthorityId, s.ProviderId }).IsUnique().HasFilter("\"ReinstatedOn\" IS NULL").HasDatabaseName("IX_ProviderSuspensions_InForce");
        b.HasOne<Authority>().WithMany().HasForeignKey(s => s.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Provider>().WithMany().HasForeignKey(s => s.ProviderId).OnDelete(DeleteBehavior.Restrict);
    }
}
