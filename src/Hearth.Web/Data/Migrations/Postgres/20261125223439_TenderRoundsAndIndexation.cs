using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hearth.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TenderRoundsAndIndexation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReopeningJustification",
                table: "Tenders",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReopensFrameworkId",
                table: "Tenders",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RoundOfTenderId",
                table: "Tenders",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FrameworkUplifts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FrameworkId = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    IndexBasisPoints = table.Column<int>(type: "integer", nullable: true),
                    AppliedBasisPoints = table.Column<int>(type: "integer", nullable: false),
                    KeyDecisionId = table.Column<int>(type: "integer", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrameworkUplifts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrameworkUplifts_Frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "Frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FrameworkUplifts_KeyDecisions_KeyDecisionId",
                        column: x => x.KeyDecisionId,
                        principalTable: "KeyDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tenders_ReopensFrameworkId",
                table: "Tenders",
                column: "ReopensFrameworkId");

            migrationBuilder.CreateIndex(
                name: "IX_Tenders_RoundOfTenderId",
                table: "Tenders",
                column: "RoundOfTenderId");

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkUplifts_FrameworkId_EffectiveFrom",
                table: "FrameworkUplifts",
                columns: new[] { "FrameworkId", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkUplifts_KeyDecisionId",
                table: "FrameworkUplifts",
                column: "KeyDecisionId");

            migrationBuilder.AddForeignKey(
                name: "FK_Tenders_Frameworks_ReopensFrameworkId",
                table: "Tenders",
                column: "ReopensFrameworkId",
                principalTable: "Frameworks",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Tenders_Tenders_RoundOfTenderId",
                table: "Tenders",
                column: "RoundOfTenderId",
                principalTable: "Tenders",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Tenders_Frameworks_ReopensFrameworkId",
                table: "Tenders");

            migrationBuilder.DropForeignKey(
                name: "FK_Tenders_Tenders_RoundOfTenderId",
                table: "Tenders");

            migrationBuilder.DropTable(
                name: "FrameworkUplifts");

            migrationBuilder.DropIndex(
                name: "IX_Tenders_ReopensFrameworkId",
                table: "Tenders");

            migrationBuilder.DropIndex(
                name: "IX_Tenders_RoundOfTenderId",
                table: "Tenders");

            migrationBuilder.DropColumn(
                name: "ReopeningJustification",
                table: "Tenders");

            migrationBuilder.DropColumn(
                name: "ReopensFrameworkId",
                table: "Tenders");

            migrationBuilder.DropColumn(
                name: "RoundOfTenderId",
                table: "Tenders");
        }
    }
}
