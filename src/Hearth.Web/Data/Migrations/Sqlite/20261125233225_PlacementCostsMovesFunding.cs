using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Web.Data.Migrations.Sqlite
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

            migrationBuilder.AddColumn<int>(
                name: "PreviousPlacementId",
                table: "Placements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Seq",
                table: "PlacementCostLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "PlacementCostLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Sign",
                table: "PlacementCostLines",
                type: "INTEGER",
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlacementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FundingSource = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlacementId = table.Column<int>(type: "INTEGER", nullable: false),
                    FundingSource = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WeeklyAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    ShareBasisPoints = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
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
        }
    }
}
