using Hearth.Domain.Organisations;
using Hearth.Domain.Sourcing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class CarerHouseholdConfiguration : IEntityTypeConfiguration<CarerHousehold>
{
    public void Configure(EntityTypeBuilder<CarerHousehold> b)
    {
        b.Property(h => h.Reference).HasMaxLength(40).IsRequired();
        b.Property(h => h.PostcodeDistrict).HasMaxLength(4);
        b.Property(h => h.Version).IsConcurrencyToken();
        b.HasIndex(h => new { h.OwnerOrganisationId, h.Reference }).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(h => h.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
