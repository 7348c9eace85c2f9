using Hearth.Domain.Organisations;
using Hearth.Domain.Sourcing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> b)
    {
        b.ToTable("Children");
        b.Property(c => c.CaseReference).HasMaxLength(40).IsRequired();
        b.Property(c => c.GivenName).HasMaxLength(100).IsRequired();
        b.Property(c => c.FamilyName).HasMaxLength(100).IsRequired();
        b.Property(c => c.Sex).HasMaxLength(1).IsRequired();
        b.Property(c => c.Ethnicity).HasMaxLength(4);
        b.Property(c => c.HomePostcodeDistrict).HasMaxLength(4);
        b.Property(c => c.HomePostcode).HasMaxLength(8).HasDefaultValue("");
        b.Property(c => c.Religion).HasMaxLength(60).HasDefaultValue("");
        b.Property(c => c.FirstLanguage).HasMaxLength(60).HasDefaultValue("");
        b.Property(c => c.LegalStatus).HasMaxLength(2).HasDefaultValue("");
        b.Property(c => c.School).HasMaxLength(120).HasDefaultValue("");
        b.Ignore(c => c.FullName);
        b.HasIndex(c => new { c.AuthorityId, c.FamilyName });
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => new { c.AuthorityId, c.CaseReference }).IsUnique();
        b.HasOne<Authority>().WithMany().HasForeignKey(c => c.AuthorityId).OnDelete(DeleteBehavior.Restrict);
    }
}
