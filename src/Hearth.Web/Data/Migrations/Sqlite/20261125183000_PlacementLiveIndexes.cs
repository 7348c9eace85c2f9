using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlacementLiveIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Placements_ProviderId",
                table: "Placements");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_AuthorityId_EndDate",
                table: "Placements",
                columns: new[] { "AuthorityId", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ProviderId_EndDate",
                table: "Placements",
                columns: new[] { "ProviderId", "EndDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Placements_AuthorityId_EndDate",
                table: "Placements");

            migrationBuilder.DropIndex(
                name: "IX_Placements_ProviderId_EndDate",
                table: "Placements");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ProviderId",
                table: "Placements",
                column: "ProviderId");
        }
    }
}
