using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VacancyRegisterAndMatching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Approvals",
                table: "CarerHouseholds",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "HasPets",
                table: "CarerHouseholds",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Languages",
                table: "CarerHouseholds",
                type: "TEXT",
                maxLength: 440,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OtherChildrenAges",
                table: "CarerHouseholds",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Religion",
                table: "CarerHouseholds",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Skills",
                table: "CarerHouseholds",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VacantPlaces",
                table: "CarerHouseholds",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "MatchWeights",
                columns: table => new
                {
                    AuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Needs = table.Column<int>(type: "INTEGER", nullable: false),
                    Distance = table.Column<int>(type: "INTEGER", nullable: false),
                    LanguageAndCulture = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherChildren = table.Column<int>(type: "INTEGER", nullable: false),
                    Pets = table.Column<int>(type: "INTEGER", nullable: false),
                    Stability = table.Column<int>(type: "INTEGER", nullable: false),
                    Price = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchWeights", x => x.AuthorityId);
                    table.ForeignKey(
                        name: "FK_MatchWeights_Organisations_AuthorityId",
                        column: x => x.AuthorityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PostcodeDistrictCentroids",
                columns: table => new
                {
                    District = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    ImportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostcodeDistrictCentroids", x => x.District);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchWeights");

            migrationBuilder.DropTable(
                name: "PostcodeDistrictCentroids");

            migrationBuilder.DropColumn(
                name: "Approvals",
                table: "CarerHouseholds");

            migrationBuilder.DropColumn(
                name: "HasPets",
                table: "CarerHouseholds");

            migrationBuilder.DropColumn(
                name: "Languages",
                table: "CarerHouseholds");

            migrationBuilder.DropColumn(
                name: "OtherChildrenAges",
                table: "CarerHouseholds");

            migrationBuilder.DropColumn(
                name: "Religion",
                table: "CarerHouseholds");

            migrationBuilder.DropColumn(
                name: "Skills",
                table: "CarerHouseholds");

            migrationBuilder.DropColumn(
                name: "VacantPlaces",
                table: "CarerHouseholds");
        }
    }
}
