using Hearth.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> b)
    {
        b.Property(t => t.Name).HasMaxLength(100).IsRequired();
        b.Property(t => t.Prefix).HasMaxLength(12).IsRequired();
        b.Property(t => t.TokenHash).HasMaxLength(64).IsRequired();
        b.Property(t => t.Roles).HasMaxLength(300).IsRequired();
        b.HasIndex(t => t.TokenHash).IsUnique();
        b.Ignore(t => t.RoleList);
        b.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
