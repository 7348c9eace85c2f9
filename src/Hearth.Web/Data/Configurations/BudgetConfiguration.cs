using Hearth.Domain.Common;
using Hearth.Domain.Finance;
using Hearth.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

public sealed class BudgetConfiguration : IEntityTypeConfiguration<Budget>
{
    public void Configure(EntityTypeBuilder<Budget> b)
    {
        b.Property(x => x.Year).HasConversion(y => y.StartYear, v => new FinancialYear(v)).HasColumnName("FinancialYear");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Authority>().WithMany().HasForeignKey(x => x.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        // One budget per authority, key service line and year: two people setting the same line at once cannot both add one.
        b.HasIndex(x => new { x.AuthorityId, x.Year, x.KeyServiceLine }).IsUnique();
    }
}
