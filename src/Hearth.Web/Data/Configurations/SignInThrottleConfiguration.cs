using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> b)
    {
        b.ToTable("SignInThrottles");
        b.HasKey(t => t.Key);
        b.Property(t => t.Key).HasMaxLength(64);
        b.HasIndex(t => t.LastFailureAt);
    }
}
