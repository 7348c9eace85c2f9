using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CallOffDecisionsAndSpot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CallOffDecisionId",
                table: "Placements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CommittedPlaces",
                table: "CarerHouseholds",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CallOffDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferralId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChosenKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ChosenKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ChosenProviderId = table.Column<int>(type: "INTEGER", nullable: true),
                    ChosenHouseholdId = table.Column<int>(type: "INTEGER", nullable: true),
                    WeeklyFee = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallOffDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallOffDecisions_Organisations_AuthorityId",
                        column: x => x.AuthorityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CallOffDecisions_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SpotPurchases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferralId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    HouseholdReference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    WeeklyFee = table.Column<long>(type: "INTEGER", nullable: false),
                    AdditionalCosts = table.Column<long>(type: "INTEGER", nullable: false),
                    EarliestStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Justification = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    BandPrice = table.Column<long>(type: "INTEGER", nullable: true),
                    BandBasis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AboveBand = table.Column<bool>(type: "INTEGER", nullable: false),
                    OpenedByUserId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovalReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotPurchases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpotPurchases_Organisations_AuthorityId",
                        column: x => x.AuthorityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SpotPurchases_Organisations_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SpotPurchases_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UnsuccessfulNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferralId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    OptionKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnsuccessfulNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnsuccessfulNotices_CallOffDecisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "CallOffDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnsuccessfulNotices_Organisations_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_CallOffDecisionId",
                table: "Placements",
                column: "CallOffDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_CallOffDecisions_AuthorityId",
                table: "CallOffDecisions",
                column: "AuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_CallOffDecisions_ChosenProviderId",
                table: "CallOffDecisions",
                column: "ChosenProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_CallOffDecisions_ReferralId",
                table: "CallOffDecisions",
                column: "ReferralId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpotPurchases_AuthorityId_OpenedAt",
                table: "SpotPurchases",
                columns: new[] { "AuthorityId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SpotPurchases_ProviderId",
                table: "SpotPurchases",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotPurchases_ReferralId",
                table: "SpotPurchases",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_UnsuccessfulNotices_DecisionId_ProviderId",
                table: "UnsuccessfulNotices",
                columns: new[] { "DecisionId", "ProviderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnsuccessfulNotices_ProviderId",
                table: "UnsuccessfulNotices",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_UnsuccessfulNotices_SentAt",
                table: "UnsuccessfulNotices",
                column: "SentAt");

            migrationBuilder.AddForeignKey(
                name: "FK_Placements_CallOffDecisions_CallOffDecisionId",
                table: "Placements",
                column: "CallOffDecisionId",
                principalTable: "CallOffDecisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // A call-off decision record is frozen: the database itself refuses to change or remove one.
            migrationBuilder.Sql("CREATE TRIGGER CallOffDecisions_NoUpdate BEFORE UPDATE ON CallOffDecisions BEGIN SELECT RAISE(ABORT, 'A call-off decision record is frozen and cannot be changed'); END;");
            migrationBuilder.Sql("CREATE TRIGGER CallOffDecisions_NoDelete BEFORE DELETE ON CallOffDecisions BEGIN SELECT RAISE(ABORT, 'A call-off decision record is frozen and cannot be removed'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER CallOffDecisions_NoUpdate;");
            migrationBuilder.Sql("DROP TRIGGER CallOffDecisions_NoDelete;");

            migrationBuilder.DropForeignKey(
                name: "FK_Placements_CallOffDecisions_CallOffDecisionId",
                table: "Placements");

            migrationBuilder.DropTable(
                name: "SpotPurchases");

            migrationBuilder.DropTable(
                name: "UnsuccessfulNotices");

            migrationBuilder.DropTable(
                name: "CallOffDecisions");

            migrationBuilder.DropIndex(
                name: "IX_Placements_CallOffDecisionId",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "CallOffDecisionId",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "CommittedPlaces",
                table: "CarerHouseholds");
        }
    }
}
