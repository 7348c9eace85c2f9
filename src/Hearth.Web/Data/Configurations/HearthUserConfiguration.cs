using Hearth.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class HearthUserConfiguration : IEntityTypeConfiguration<HearthUser>
{
    public void Configure(EntityTypeBuilder<HearthUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(200).IsRequired();
        b.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(u => u.OrganisationId);
    }
}
