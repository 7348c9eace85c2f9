using Hearth.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> b)
    {
        b.Property(p => p.OfstedUrn).HasMaxLength(8);
        b.Property(p => p.RegisteredOffice).HasMaxLength(300);
        b.Ignore(p => p.IsInadequate);
        b.Ignore(p => p.PlaceProviderCode);
        b.HasIndex(p => p.OfstedUrn).IsUnique();
    }
}
