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
        b.Property(h => h.Languages).HasMaxLength(440);
        b.Property(h => h.Religion).HasMaxLength(60);
        b.Property(h => h.OtherChildrenAges).HasMaxLength(40);
        b.Ignore(h => h.LanguageList);
        b.Ignore(h => h.OtherChildrenAgeList);
        b.Ignore(h => h.Profile);
        b.HasIndex(h => new { h.OwnerOrganisationId, h.Reference }).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(h => h.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
