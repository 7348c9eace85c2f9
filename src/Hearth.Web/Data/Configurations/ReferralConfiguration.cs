using Hearth.Domain.Organisations;
using Hearth.Domain.Sourcing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.IsEditable);
        b.Ignore(r => r.AreasToAvoidList);
        foreach (var text in new[] { nameof(Referral.ChildNeeds), nameof(Referral.CommunicationDetails), nameof(Referral.CulturalNeedsDetails),
                     nameof(Referral.AdditionalSupportDetails), nameof(Referral.RiskToSelfOther), nameof(Referral.RiskToOthersOther), nameof(Referral.ReturnComments) })
            b.Property<string>(text).HasMaxLength(Referral.MaximumTextLength).IsRequired();
        foreach (var text in new[] { nameof(Referral.SchoolToKeep), nameof(Referral.PreferredLocation), nameof(Referral.AuthorName), nameof(Referral.DecidedByName) })
            b.Property<string>(text).HasMaxLength(Referral.MaximumShortTextLength).IsRequired();
        b.Property(r => r.AreasToAvoid).HasMaxLength(200).IsRequired();
        b.Property(r => r.SchoolPostcodeDistrict).HasMaxLength(4).IsRequired();
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Urgency).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.PlacementType).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.CommunicationNeeds).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.CulturalNeeds).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.LivingAlongside).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Pets).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.AdditionalSupport).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.FosterCareSuitability).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.ResidentialCareSuitability).HasConversion<string>().HasMaxLength(30);
        b.Property(r => r.SupportedAccommodationSuitability).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(r => new { r.AuthorityId, r.Status });
        b.HasOne<Authority>().WithMany().HasForeignKey(r => r.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Children).WithOne().HasForeignKey("ReferralId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Children).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
