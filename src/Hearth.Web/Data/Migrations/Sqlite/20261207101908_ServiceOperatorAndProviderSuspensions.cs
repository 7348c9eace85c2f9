using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceOperatorAndProviderSuspensions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProviderSuspensions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SuspendedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SuspendedByUserId = table.Column<int>(type: "INTEGER", nullable: false),
                    SuspendedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReinstatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReinstatementReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReinstatedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReinstatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderSuspensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProviderSuspensions_Organisations_AuthorityId",
                        column: x => x.AuthorityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProviderSuspensions_Organisations_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProviderSuspensions_InForce",
                table: "ProviderSuspensions",
                columns: new[] { "AuthorityId", "ProviderId" },
                unique: true,
                filter: "\"ReinstatedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ProviderSuspensions_ProviderId",
                table: "ProviderSuspensions",
                column: "ProviderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProviderSuspensions");
        }
    }
}
