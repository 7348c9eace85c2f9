using Hearth.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.ToTable("Organisations");
        b.Ignore(o => o.Kind);
        b.HasDiscriminator<OrganisationKind>("OrganisationKind")
            .HasValue<Authority>(OrganisationKind.Authority)
            .HasValue<Provider>(OrganisationKind.Provider)
            .HasValue<ServiceOperator>(OrganisationKind.Operator);
        b.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength).IsRequired();
        b.Property(o => o.ShortName).HasMaxLength(Organisation.ShortNameMaxLength).IsRequired();
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasIndex(o => o.Name).IsUnique();
    }
}
