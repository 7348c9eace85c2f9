using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hearth.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlacementCostsMovesFunding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The stored cost lines are re-keyed (PlacementId, Seq) and now carry additional costs and the funding split: delete
            // them here, and CostLineBackfill rewrites every placement's lines at start-up from the domain (ADR 0014, 0019).
            migrationBuilder.Sql("DELETE FROM \"PlacementCostLines\";");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PlacementCostLines",
                table: "PlacementCostLines");

            migrationBuilder.DropIndex(
                name: "IX_PlacementCostLines_Report",
                table: "PlacementCostLines");

            migrationBuilder.AddColumn<int>(
                name: "PreviousPlacementId",
                table: "Placements",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Seq",
                table: "PlacementCostLines",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "PlacementCostLines",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Sign",
                table: "PlacementCostLines",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddPrimaryKey(
                name: "PK_PlacementCostLines",
                table: "PlacementCostLines",
                columns: new[] { "PlacementId", "Seq" });

            migrationBuilder.CreateTable(
                name: "PlacementAdditionalCosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlacementId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FundingSource = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementAdditionalCosts", x => x.Id);
                    table.CheckConstraint("CK_PlacementAdditionalCosts_Amount", "\"Amount\" > 0");
                    table.ForeignKey(
                        name: "FK_PlacementAdditionalCosts_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlacementFundingShares",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlacementId = table.Column<int>(type: "integer", nullable: false),
                    FundingSource = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    WeeklyAmount = table.Column<long>(type: "bigint", nullable: true),
                    ShareBasisPoints = table.Column<int>(type: "integer", nullable: true),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementFundingShares", x => x.Id);
                    table.CheckConstraint("CK_PlacementFundingShares_Share", "(\"WeeklyAmount\" IS NULL) <> (\"ShareBasisPoints\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_PlacementFundingShares_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_PreviousPlacementId",
                table: "Placements",
                column: "PreviousPlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementCostLines_Report",
                table: "PlacementCostLines",
                columns: new[] { "FinancialYear", "AuthorityId", "KeyServiceLine", "FundingSource", "Route", "ProviderId" })
                .Annotation("Npgsql:IndexInclude", new[] { "FirstNightDay", "EndDay", "AmountPence", "WeeklyFeePence", "Sign" });

            migrationBuilder.AddCheckConstraint(
                name: "CK_PlacementCostLines_Sign",
                table: "PlacementCostLines",
                sql: "\"Sign\" IN (1, -1)");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementAdditionalCosts_PlacementId",
                table: "PlacementAdditionalCosts",
                column: "PlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementFundingShares_PlacementId",
                table: "PlacementFundingShares",
                column: "PlacementId");

            migrationBuilder.AddForeignKey(
                name: "FK_Placements_Placements_PreviousPlacementId",
                table: "Placements",
                column: "PreviousPlacementId",
                principalTable: "Placements",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Placements_Placements_PreviousPlacementId",
                table: "Placements");

            migrationBuilder.DropTable(
                name: "PlacementAdditionalCosts");

            migrationBuilder.DropTable(
                name: "PlacementFundingShares");

            migrationBuilder.DropIndex(
                name: "IX_Placements_PreviousPlacementId",
                table: "Placements");

            migrationBuilder.DropPrimaryKey(
                name: "PK_PlacementCostLines",
                table: "PlacementCostLines");

            migrationBuilder.DropIndex(
                name: "IX_PlacementCostLines_Report",
                table: "PlacementCostLines");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PlacementCostLines_Sign",
                table: "PlacementCostLines");

            migrationBuilder.DropColumn(
                name: "PreviousPlacementId",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "Seq",
                table: "PlacementCostLines");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "PlacementCostLines");

            migrationBuilder.DropColumn(
                name: "Sign",
                table: "PlacementCostLines");

            migrationBuilder.AddPrimaryKey(
                name: "PK_PlacementCostLines",
                table: "PlacementCostLines",
                columns: new[] { "PlacementId", "FeePeriodStart", "FinancialYear" });

            migrationBuilder.CreateIndex(
                name: "IX_PlacementCostLines_Report",
                table: "PlacementCostLines",
                columns: new[] { "FinancialYear", "AuthorityId", "KeyServiceLine", "FundingSource", "Route", "ProviderId" })
                .Annotation("Npgsql:IndexInclude", new[] { "FirstNightDay", "EndDay", "AmountPence", "WeeklyFeePence" });
        }
    }
}
