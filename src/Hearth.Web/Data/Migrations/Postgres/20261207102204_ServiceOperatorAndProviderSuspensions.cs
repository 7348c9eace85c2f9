using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hearth.Web.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AuthorityId = table.Column<int>(type: "integer", nullable: false),
                    ProviderId = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SuspendedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SuspendedByUserId = table.Column<int>(type: "integer", nullable: false),
                    SuspendedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReinstatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReinstatementReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReinstatedByUserId = table.Column<int>(type: "integer", nullable: true),
                    ReinstatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
