using Hearth.Domain.Finance;
using Hearth.Domain.Placements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hearth.Web.Data.Configurations;

/// <summary>Stored cost lines (ADR 0014): derived from placements, rewritten by <see cref="HearthDb"/> on every placement save.</summary>
public sealed class PlacementCostLineConfiguration : IEntityTypeConfiguration<PlacementCostLine>
{
    public void Configure(EntityTypeBuilder<PlacementCostLine> b)
    {
        b.ToTable("PlacementCostLines", t => t.HasCheckConstraint("CK_PlacementCostLines_WeeklyFeePence", "\"WeeklyFeePence\" >= 0"));
        b.HasKey(l => new { l.PlacementId, l.Seq });
        b.Property(l => l.Seq).ValueGeneratedNever();
        b.ToTable(t => t.HasCheckConstraint("CK_PlacementCostLines_Sign", "\"Sign\" IN (1, -1)"));
        b.Ignore(l => l.FirstNight);
        b.Ignore(l => l.IsOpen);
        b.HasOne<Placement>().WithMany().HasForeignKey(l => l.PlacementId).OnDelete(DeleteBehavior.Cascade);
        // The spend report: one range of financial years per organisation, or all of them for the system scope. The last
        // index is in the report's GROUP BY order and covers the columns it sums (INCLUDE on PostgreSQL), so PostgreSQL
        // reads the years asked for from the index alone, already grouped: no sort, no visit to the table.
        b.HasIndex(l => new { l.AuthorityId, l.FinancialYear });
        b.HasIndex(l => new { l.ProviderId, l.FinancialYear });
        b.HasIndex(l => new { l.FinancialYear, l.AuthorityId, l.KeyServiceLine, l.FundingSource, l.Route, l.ProviderId })
            .HasDatabaseName("IX_PlacementCostLines_Report")
            .IncludeProperties(l => new { l.FirstNightDay, l.EndDay, l.AmountPence, l.WeeklyFeePence, l.Sign });
        // Open lines that started before the day asked about (normally none: they start after the current year).
        b.HasIndex(l => l.FirstNightDay).HasDatabaseName("IX_PlacementCostLines_Open").HasFilter("\"EndDay\" IS NULL");
    }
}
