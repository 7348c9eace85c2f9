using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(a => a.ActorName).HasMaxLength(200).IsRequired();
        b.Property(a => a.Entity).HasMaxLength(100).IsRequired();
        b.Property(a => a.EntityId).HasMaxLength(100).IsRequired();
        b.Property(a => a.PreviousHash).HasMaxLength(64).IsRequired();
        b.Property(a => a.Hash).HasMaxLength(64).IsRequired();
        b.Property(a => a.KeyId).HasMaxLength(40).IsRequired();
        b.HasIndex(a => a.At);
        b.HasIndex(a => new { a.Entity, a.EntityId });
        b.HasIndex(a => a.ActorOrganisationId);
        b.HasIndex(a => a.OwnerOrganisationId);
    }
}
