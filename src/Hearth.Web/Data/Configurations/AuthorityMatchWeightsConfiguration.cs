using Hearth.Domain.Organisations;
using Hearth.Domain.Sourcing.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class AuthorityMatchWeightsConfiguration : IEntityTypeConfiguration<AuthorityMatchWeights>
{
    public void Configure(EntityTypeBuilder<AuthorityMatchWeights> b)
    {
        b.HasKey(w => w.AuthorityId);
        b.Property(w => w.AuthorityId).ValueGeneratedNever();
        b.Property(w => w.ChangedBy).HasMaxLength(200);
        b.Property(w => w.Version).IsConcurrencyToken();
        b.Ignore(w => w.Weights);
        b.HasOne<Authority>().WithMany().HasForeignKey(w => w.AuthorityId).OnDelete(DeleteBehavior.Restrict);
    }
}
