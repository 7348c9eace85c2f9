using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> b)
    {
        b.Property(j => j.FileName).HasMaxLength(ImportJob.MaximumFileNameLength).IsRequired();
        b.Property(j => j.Content).IsRequired();
        b.Property(j => j.ClaimedBy).HasMaxLength(200);
        // Two workers cannot both claim a job: the second save finds the version moved on.
        b.Property(j => j.Version).IsConcurrencyToken();
        b.Ignore(j => j.IsFinished);
        b.Ignore(j => j.GaveUp);
        b.HasIndex(j => j.Status);
        b.HasIndex(j => new { j.AuthorityId, j.Id });
        b.HasOne<Authority>().WithMany().HasForeignKey(j => j.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<HearthUser>().WithMany().HasForeignKey(j => j.OwnerUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
