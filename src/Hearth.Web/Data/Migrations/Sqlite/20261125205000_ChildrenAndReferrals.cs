using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChildrenAndReferrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FirstLanguage",
                table: "Children",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "HomePostcode",
                table: "Children",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LegalStatus",
                table: "Children",
                type: "TEXT",
                maxLength: 2,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Religion",
                table: "Children",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "School",
                table: "Children",
                type: "TEXT",
                maxLength: 120,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    NeededFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlacementType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ChildNeeds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CommunicationNeeds = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CommunicationRequirements = table.Column<int>(type: "INTEGER", nullable: true),
                    CommunicationDetails = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    HomeAdaptation = table.Column<bool>(type: "INTEGER", nullable: true),
                    CulturalNeeds = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CulturalNeedsDetails = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LivingAlongside = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Pets = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AdditionalSupport = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    AdditionalSupportDetails = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DeprivationOfLiberty = table.Column<bool>(type: "INTEGER", nullable: true),
                    RisksToSelf = table.Column<int>(type: "INTEGER", nullable: true),
                    RiskToSelfOther = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RisksToOthers = table.Column<int>(type: "INTEGER", nullable: true),
                    RiskToOthersOther = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    StayInArea = table.Column<bool>(type: "INTEGER", nullable: true),
                    MaximumDistanceMiles = table.Column<int>(type: "INTEGER", nullable: true),
                    AreasToAvoid = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SchoolToKeep = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PreferredLocation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FosterCareSuitability = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ResidentialCareSuitability = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SupportedAccommodationSuitability = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AuthorUserId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReturnComments = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Organisations_AuthorityId",
                        column: x => x.AuthorityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SiblingLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    SiblingId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SiblingLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SiblingLinks_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SiblingLinks_Children_SiblingId",
                        column: x => x.SiblingId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SiblingLinks_Organisations_AuthorityId",
                        column: x => x.AuthorityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReferralChildren",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferralId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralChildren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralChildren_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReferralChildren_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Children_AuthorityId_FamilyName",
                table: "Children",
                columns: new[] { "AuthorityId", "FamilyName" });

            migrationBuilder.CreateIndex(
                name: "IX_ReferralChildren_ChildId",
                table: "ReferralChildren",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralChildren_ReferralId",
                table: "ReferralChildren",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_AuthorityId_Status",
                table: "Referrals",
                columns: new[] { "AuthorityId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SiblingLinks_AuthorityId",
                table: "SiblingLinks",
                column: "AuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_SiblingLinks_ChildId_SiblingId",
                table: "SiblingLinks",
                columns: new[] { "ChildId", "SiblingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SiblingLinks_SiblingId",
                table: "SiblingLinks",
                column: "SiblingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReferralChildren");

            migrationBuilder.DropTable(
                name: "SiblingLinks");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Children_AuthorityId_FamilyName",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "FirstLanguage",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "HomePostcode",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "LegalStatus",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "Religion",
                table: "Children");

            migrationBuilder.DropColumn(
                name: "School",
                table: "Children");
        }
    }
}
