using Hearth.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class AuthorityConfiguration : IEntityTypeConfiguration<Authority>
{
    public void Configure(EntityTypeBuilder<Authority> b)
    {
        b.Property(a => a.OnsCode).HasMaxLength(9);
        b.Property(a => a.BrandColour).HasMaxLength(7);
        b.HasIndex(a => a.OnsCode).IsUnique();
    }
}
