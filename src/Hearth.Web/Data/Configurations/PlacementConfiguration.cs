using Hearth.Domain.Organisations;
using Hearth.Domain.Placements;
using Hearth.Domain.Procurement;
using Hearth.Domain.Sourcing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> b)
    {
        b.Property(p => p.PlaceCode).HasMaxLength(2).IsRequired();
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.CurrentWeeklyFee);
        b.Ignore(p => p.Status);
        b.Property(p => p.EndReasonCode).HasMaxLength(6);
        b.HasOne<Authority>().WithMany().HasForeignKey(p => p.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Child>().WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Provider>().WithMany().HasForeignKey(p => p.ProviderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CarerHousehold>().WithMany().HasForeignKey(p => p.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Framework>().WithMany().HasForeignKey(p => p.FrameworkId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.ExternalReference).HasMaxLength(Placement.MaximumExternalReferenceLength);
        b.HasIndex(p => new { p.AuthorityId, p.ExternalReference }).IsUnique().HasFilter("\"ExternalReference\" IS NOT NULL");
        b.HasIndex(p => new { p.AuthorityId, p.StartDate });
        // Live placements of an organisation (EndDate is null or later than a date): the home pages and spend report ask this.
        b.HasIndex(p => new { p.AuthorityId, p.EndDate });
        b.HasIndex(p => new { p.ProviderId, p.EndDate });
        b.HasIndex(p => p.ChildId);
        b.HasMany(p => p.FeePeriods).WithOne().HasForeignKey(f => f.PlacementId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.FeePeriods).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(p => p.Corrections).WithOne().HasForeignKey(c => c.PlacementId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Corrections).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(p => p.AdditionalCosts).WithOne().HasForeignKey(c => c.PlacementId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.AdditionalCosts).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(p => p.FundingShares).WithOne().HasForeignKey(s => s.PlacementId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.FundingShares).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<Placement>().WithMany().HasForeignKey(p => p.PreviousPlacementId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => p.PreviousPlacementId);
    }
}
