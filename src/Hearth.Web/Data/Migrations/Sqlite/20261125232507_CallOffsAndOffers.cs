using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CallOffsAndOffers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CallOffRule",
                table: "Frameworks",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Broadcast");

            migrationBuilder.CreateTable(
                name: "CallOffs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReferralId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    FrameworkId = table.Column<int>(type: "INTEGER", nullable: false),
                    LotNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    LotName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SuggestedLotNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    LotChoiceReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Window = table.Column<string>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentByUserId = table.Column<int>(type: "INTEGER", nullable: false),
                    SentByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Profile = table.Column<string>(type: "TEXT", nullable: false),
                    AcceptedOfferId = table.Column<int>(type: "INTEGER", nullable: true),
                    SettledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SettledByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    SettledByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ClosedReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReleasedToProviderId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallOffs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallOffs_Frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "Frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CallOffs_Organisations_AuthorityId",
                        column: x => x.AuthorityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CallOffs_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InHouseSearchOutcomes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReferralId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedByUserId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InHouseSearchOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InHouseSearchOutcomes_Organisations_AuthorityId",
                        column: x => x.AuthorityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InHouseSearchOutcomes_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecipientOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecipientEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Template = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Delivery = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NotifyId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ResponseDeadlines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmergencyHours = table.Column<int>(type: "INTEGER", nullable: false),
                    UrgentHours = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponseDeadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResponseDeadlines_Organisations_AuthorityId",
                        column: x => x.AuthorityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CallOffChildren",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallOffId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallOffChildren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallOffChildren_CallOffs_CallOffId",
                        column: x => x.CallOffId,
                        principalTable: "CallOffs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CallOffChildren_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CallOffRecipient",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallOffId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AskedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Deadline = table.Column<long>(type: "INTEGER", nullable: true),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    DeclineDetails = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallOffRecipient", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallOffRecipient_CallOffs_CallOffId",
                        column: x => x.CallOffId,
                        principalTable: "CallOffs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CallOffRecipient_Organisations_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Offer",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CallOffId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    HouseholdId = table.Column<int>(type: "INTEGER", nullable: false),
                    HouseholdReference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    WeeklyFee = table.Column<long>(type: "INTEGER", nullable: false),
                    AdditionalCosts = table.Column<long>(type: "INTEGER", nullable: false),
                    AdditionalCostsDescription = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    EarliestStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevisedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FrameworkWeeklyPrice = table.Column<long>(type: "INTEGER", nullable: true),
                    DifferenceFromFramework = table.Column<long>(type: "INTEGER", nullable: false),
                    IsAbovePrice = table.Column<bool>(type: "INTEGER", nullable: false),
                    NeedsManagerApproval = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offer_CallOffs_CallOffId",
                        column: x => x.CallOffId,
                        principalTable: "CallOffs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Offer_CarerHouseholds_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "CarerHouseholds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Offer_Organisations_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CallOffChildren_CallOffId",
                table: "CallOffChildren",
                column: "CallOffId");

            migrationBuilder.CreateIndex(
                name: "IX_CallOffChildren_ChildId",
                table: "CallOffChildren",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_CallOffRecipient_CallOffId",
                table: "CallOffRecipient",
                column: "CallOffId");

            migrationBuilder.CreateIndex(
                name: "IX_CallOffRecipient_ProviderId_CallOffId",
                table: "CallOffRecipient",
                columns: new[] { "ProviderId", "CallOffId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CallOffs_AuthorityId_Status",
                table: "CallOffs",
                columns: new[] { "AuthorityId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CallOffs_FrameworkId",
                table: "CallOffs",
                column: "FrameworkId");

            migrationBuilder.CreateIndex(
                name: "IX_CallOffs_ReferralId",
                table: "CallOffs",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_InHouseSearchOutcomes_AuthorityId",
                table: "InHouseSearchOutcomes",
                column: "AuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_InHouseSearchOutcomes_ReferralId_Id",
                table: "InHouseSearchOutcomes",
                columns: new[] { "ReferralId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Offer_CallOffId",
                table: "Offer",
                column: "CallOffId");

            migrationBuilder.CreateIndex(
                name: "IX_Offer_HouseholdId",
                table: "Offer",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_Offer_ProviderId_CallOffId",
                table: "Offer",
                columns: new[] { "ProviderId", "CallOffId" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_RecipientOrganisationId_Id",
                table: "OutboxMessages",
                columns: new[] { "RecipientOrganisationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ResponseDeadlines_AuthorityId",
                table: "ResponseDeadlines",
                column: "AuthorityId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CallOffChildren");

            migrationBuilder.DropTable(
                name: "CallOffRecipient");

            migrationBuilder.DropTable(
                name: "InHouseSearchOutcomes");

            migrationBuilder.DropTable(
                name: "Offer");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "ResponseDeadlines");

            migrationBuilder.DropTable(
                name: "CallOffs");

            migrationBuilder.DropColumn(
                name: "CallOffRule",
                table: "Frameworks");
        }
    }
}
