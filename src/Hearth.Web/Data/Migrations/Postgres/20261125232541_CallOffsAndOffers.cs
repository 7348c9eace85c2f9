using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hearth.Web.Data.Migrations.Postgres
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
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Broadcast");

            migrationBuilder.CreateTable(
                name: "CallOffs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReferralId = table.Column<int>(type: "integer", nullable: false),
                    AuthorityId = table.Column<int>(type: "integer", nullable: false),
                    FrameworkId = table.Column<int>(type: "integer", nullable: false),
                    LotNumber = table.Column<int>(type: "integer", nullable: false),
                    LotName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SuggestedLotNumber = table.Column<int>(type: "integer", nullable: false),
                    LotChoiceReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Rule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Window = table.Column<string>(type: "text", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentByUserId = table.Column<int>(type: "integer", nullable: false),
                    SentByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Profile = table.Column<string>(type: "text", nullable: false),
                    AcceptedOfferId = table.Column<int>(type: "integer", nullable: true),
                    SettledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SettledByUserId = table.Column<int>(type: "integer", nullable: true),
                    SettledByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ClosedReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ReleasedToProviderId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReferralId = table.Column<int>(type: "integer", nullable: false),
                    AuthorityId = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RecordedByUserId = table.Column<int>(type: "integer", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecipientOrganisationId = table.Column<int>(type: "integer", nullable: false),
                    RecipientEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Template = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Delivery = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NotifyId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ResponseDeadlines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AuthorityId = table.Column<int>(type: "integer", nullable: false),
                    EmergencyHours = table.Column<int>(type: "integer", nullable: false),
                    UrgentHours = table.Column<int>(type: "integer", nullable: false),
                    PlannedWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CallOffId = table.Column<int>(type: "integer", nullable: false),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CallOffId = table.Column<int>(type: "integer", nullable: false),
                    ProviderId = table.Column<int>(type: "integer", nullable: false),
                    ProviderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: true),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AskedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RespondedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    DeclineDetails = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CallOffId = table.Column<int>(type: "integer", nullable: false),
                    ProviderId = table.Column<int>(type: "integer", nullable: false),
                    HouseholdId = table.Column<int>(type: "integer", nullable: false),
                    HouseholdReference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    WeeklyFee = table.Column<long>(type: "bigint", nullable: false),
                    AdditionalCosts = table.Column<long>(type: "bigint", nullable: false),
                    AdditionalCostsDescription = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    EarliestStart = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FrameworkWeeklyPrice = table.Column<long>(type: "bigint", nullable: true),
                    DifferenceFromFramework = table.Column<long>(type: "bigint", nullable: false),
                    IsAbovePrice = table.Column<bool>(type: "boolean", nullable: false),
                    NeedsManagerApproval = table.Column<bool>(type: "boolean", nullable: false)
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
