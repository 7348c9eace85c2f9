using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlacementCostLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlacementCostLines",
                columns: table => new
                {
                    PlacementId = table.Column<int>(type: "integer", nullable: false),
                    FinancialYear = table.Column<int>(type: "integer", nullable: false),
                    FeePeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    AuthorityId = table.Column<int>(type: "integer", nullable: false),
                    KeyServiceLine = table.Column<int>(type: "integer", nullable: false),
                    FundingSource = table.Column<int>(type: "integer", nullable: false),
                    Route = table.Column<int>(type: "integer", nullable: false),
                    ProviderId = table.Column<int>(type: "integer", nullable: true),
                    FirstNightDay = table.Column<int>(type: "integer", nullable: false),
                    EndDay = table.Column<int>(type: "integer", nullable: true),
                    Nights = table.Column<int>(type: "integer", nullable: true),
                    WeeklyFeePence = table.Column<long>(type: "bigint", nullable: false),
                    AmountPence = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementCostLines", x => new { x.PlacementId, x.FeePeriodStart, x.FinancialYear });
                    table.CheckConstraint("CK_PlacementCostLines_WeeklyFeePence", "\"WeeklyFeePence\" >= 0");
                    table.ForeignKey(
                        name: "FK_PlacementCostLines_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlacementCostLines_AuthorityId_FinancialYear",
                table: "PlacementCostLines",
                columns: new[] { "AuthorityId", "FinancialYear" });

            migrationBuilder.CreateIndex(
                name: "IX_PlacementCostLines_Open",
                table: "PlacementCostLines",
                column: "FirstNightDay",
                filter: "\"EndDay\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementCostLines_ProviderId_FinancialYear",
                table: "PlacementCostLines",
                columns: new[] { "ProviderId", "FinancialYear" });

            migrationBuilder.CreateIndex(
                name: "IX_PlacementCostLines_Report",
                table: "PlacementCostLines",
                columns: new[] { "FinancialYear", "AuthorityId", "KeyServiceLine", "FundingSource", "Route", "ProviderId" })
                .Annotation("Npgsql:IndexInclude", new[] { "FirstNightDay", "EndDay", "AmountPence", "WeeklyFeePence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlacementCostLines");
        }
    }
}
