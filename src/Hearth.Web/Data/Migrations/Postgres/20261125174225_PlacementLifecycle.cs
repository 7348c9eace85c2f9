using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hearth.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PlacementLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "EndPlanned",
                table: "Placements",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndReasonCode",
                table: "Placements",
                type: "character varying(6)",
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EndRequestedBy",
                table: "Placements",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PlacementCorrections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlacementId = table.Column<int>(type: "integer", nullable: false),
                    Field = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OldValue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NewValue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementCorrections_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlacementCorrections_PlacementId",
                table: "PlacementCorrections",
                column: "PlacementId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlacementCorrections");

            migrationBuilder.DropColumn(
                name: "EndPlanned",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "EndReasonCode",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "EndRequestedBy",
                table: "Placements");
        }
    }
}
