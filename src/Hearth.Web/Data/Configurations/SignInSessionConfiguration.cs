using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> b)
    {
        b.ToTable("SignInSessions");
        b.Property(s => s.TokenHash).HasMaxLength(64).IsRequired();
        b.Property(s => s.RevokedReason).HasMaxLength(100);
        b.HasIndex(s => s.TokenHash).IsUnique();
        b.HasIndex(s => s.UserId);
        b.HasIndex(s => s.CreatedAt);
        b.HasOne<HearthUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
