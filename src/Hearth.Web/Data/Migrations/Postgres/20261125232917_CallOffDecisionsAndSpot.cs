using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hearth.Web.Data.Migrations.Postgres
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CommittedPlaces",
                table: "CarerHouseholds",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CallOffDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AuthorityId = table.Column<int>(type: "integer", nullable: false),
                    ReferralId = table.Column<int>(type: "integer", nullable: false),
                    ChosenKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChosenKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ChosenProviderId = table.Column<int>(type: "integer", nullable: true),
                    ChosenHouseholdId = table.Column<int>(type: "integer", nullable: true),
                    WeeklyFee = table.Column<long>(type: "bigint", nullable: false),
                    DecidedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AuthorityId = table.Column<int>(type: "integer", nullable: false),
                    ReferralId = table.Column<int>(type: "integer", nullable: false),
                    ProviderId = table.Column<int>(type: "integer", nullable: false),
                    HouseholdReference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    WeeklyFee = table.Column<long>(type: "bigint", nullable: false),
                    AdditionalCosts = table.Column<long>(type: "bigint", nullable: false),
                    EarliestStart = table.Column<DateOnly>(type: "date", nullable: true),
                    Justification = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    BandPrice = table.Column<long>(type: "bigint", nullable: true),
                    BandBasis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AboveBand = table.Column<bool>(type: "boolean", nullable: false),
                    OpenedByUserId = table.Column<int>(type: "integer", nullable: false),
                    OpenedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedByUserId = table.Column<int>(type: "integer", nullable: true),
                    ApprovedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ApprovalReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    AuthorityId = table.Column<int>(type: "integer", nullable: false),
                    ReferralId = table.Column<int>(type: "integer", nullable: false),
                    ProviderId = table.Column<int>(type: "integer", nullable: false),
                    OptionKey = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
            migrationBuilder.Sql("""
                CREATE FUNCTION call_off_decisions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'A call-off decision record is frozen and cannot be changed';
                END $$;
                """);
            migrationBuilder.Sql("CREATE TRIGGER call_off_decisions_no_update BEFORE UPDATE OR DELETE ON \"CallOffDecisions\" FOR EACH ROW EXECUTE FUNCTION call_off_decisions_frozen();");
            migrationBuilder.Sql("CREATE TRIGGER call_off_decisions_no_truncate BEFORE TRUNCATE ON \"CallOffDecisions\" FOR EACH STATEMENT EXECUTE FUNCTION call_off_decisions_frozen();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER call_off_decisions_no_truncate ON \"CallOffDecisions\";");
            migrationBuilder.Sql("DROP TRIGGER call_off_decisions_no_update ON \"CallOffDecisions\";");
            migrationBuilder.Sql("DROP FUNCTION call_off_decisions_frozen();");

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
