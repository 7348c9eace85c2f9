using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hearth.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Tendering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Indexation",
                table: "Frameworks",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "TenderId",
                table: "Frameworks",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FrameworkLotMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FrameworkId = table.Column<int>(type: "integer", nullable: false),
                    LotNumber = table.Column<int>(type: "integer", nullable: false),
                    LotName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    ProviderId = table.Column<int>(type: "integer", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: true),
                    Prices = table.Column<string>(type: "text", nullable: false),
                    AgeBandsText = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    BidId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StatusReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StatusDecisionId = table.Column<int>(type: "integer", nullable: true),
                    StatusChangedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrameworkLotMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrameworkLotMembers_Frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "Frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FrameworkLotMembers_KeyDecisions_StatusDecisionId",
                        column: x => x.StatusDecisionId,
                        principalTable: "KeyDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FrameworkLotMembers_Organisations_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Tenders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Regime = table.Column<int>(type: "integer", nullable: false),
                    LeadAuthorityId = table.Column<int>(type: "integer", nullable: false),
                    KeyDecisionId = table.Column<int>(type: "integer", nullable: true),
                    EstimatedValue = table.Column<long>(type: "bigint", nullable: false),
                    TermStart = table.Column<DateOnly>(type: "date", nullable: false),
                    TermEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    TermJustification = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AgeBandsText = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Indexation = table.Column<string>(type: "text", nullable: false),
                    AbnormallyLowPercent = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OpenedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AwardedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    StandstillEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    FrameworkId = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Timeline_AwardDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Timeline_ClarificationDeadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Timeline_EvaluationDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Timeline_PublicationDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Timeline_StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Timeline_SubmissionDeadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tenders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tenders_Frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "Frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Tenders_KeyDecisions_KeyDecisionId",
                        column: x => x.KeyDecisionId,
                        principalTable: "KeyDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Tenders_Organisations_LeadAuthorityId",
                        column: x => x.LeadAuthorityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Bids",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenderId = table.Column<int>(type: "integer", nullable: false),
                    LotNumber = table.Column<int>(type: "integer", nullable: false),
                    ProviderId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Prices = table.Column<string>(type: "text", nullable: false),
                    Answers = table.Column<string>(type: "text", nullable: false),
                    DeclarationsAccepted = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bids", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bids_Organisations_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bids_Tenders_TenderId",
                        column: x => x.TenderId,
                        principalTable: "Tenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Clarifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenderId = table.Column<int>(type: "integer", nullable: false),
                    AskedByProviderId = table.Column<int>(type: "integer", nullable: false),
                    Question = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AskedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clarifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Clarifications_Organisations_AskedByProviderId",
                        column: x => x.AskedByProviderId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Clarifications_Tenders_TenderId",
                        column: x => x.TenderId,
                        principalTable: "Tenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TenderEvaluator",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenderId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenderEvaluator", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenderEvaluator_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TenderEvaluator_Tenders_TenderId",
                        column: x => x.TenderId,
                        principalTable: "Tenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TenderLot",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Supplements = table.Column<string>(type: "text", nullable: false),
                    Questions = table.Column<string>(type: "text", nullable: false),
                    Method = table.Column<string>(type: "text", nullable: false),
                    AwardBasis = table.Column<int>(type: "integer", nullable: false),
                    TopN = table.Column<int>(type: "integer", nullable: true),
                    TenderId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenderLot", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenderLot_Tenders_TenderId",
                        column: x => x.TenderId,
                        principalTable: "Tenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TenderParty",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenderId = table.Column<int>(type: "integer", nullable: false),
                    AuthorityId = table.Column<int>(type: "integer", nullable: false),
                    IsLead = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenderParty", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenderParty_Organisations_AuthorityId",
                        column: x => x.AuthorityId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TenderParty_Tenders_TenderId",
                        column: x => x.TenderId,
                        principalTable: "Tenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BidSubmissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BidId = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    ReceiptHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Prices = table.Column<string>(type: "text", nullable: false),
                    Answers = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BidSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BidSubmissions_Bids_BidId",
                        column: x => x.BidId,
                        principalTable: "Bids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndividualScores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BidId = table.Column<int>(type: "integer", nullable: false),
                    QuestionNumber = table.Column<int>(type: "integer", nullable: false),
                    EvaluatorId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ScoredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndividualScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndividualScores_Bids_BidId",
                        column: x => x.BidId,
                        principalTable: "Bids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ModeratedScores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BidId = table.Column<int>(type: "integer", nullable: false),
                    QuestionNumber = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ModeratorId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModeratedScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ModeratedScores_Bids_BidId",
                        column: x => x.BidId,
                        principalTable: "Bids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TenderResults",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TenderId = table.Column<int>(type: "integer", nullable: false),
                    LotNumber = table.Column<int>(type: "integer", nullable: false),
                    BidId = table.Column<int>(type: "integer", nullable: false),
                    ProviderId = table.Column<int>(type: "integer", nullable: false),
                    Compliant = table.Column<bool>(type: "boolean", nullable: false),
                    MeetsQualityThreshold = table.Column<bool>(type: "boolean", nullable: false),
                    Reasons = table.Column<string>(type: "text", nullable: false),
                    EvaluatedPricePence = table.Column<long>(type: "bigint", nullable: true),
                    PriceScore = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    QualityScore = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    Total = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    Rank = table.Column<int>(type: "integer", nullable: true),
                    AbnormallyLow = table.Column<bool>(type: "boolean", nullable: false),
                    Awarded = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenderResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenderResults_Bids_BidId",
                        column: x => x.BidId,
                        principalTable: "Bids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TenderResults_Tenders_TenderId",
                        column: x => x.TenderId,
                        principalTable: "Tenders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bids_ProviderId",
                table: "Bids",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_Bids_TenderId_LotNumber_ProviderId",
                table: "Bids",
                columns: new[] { "TenderId", "LotNumber", "ProviderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BidSubmissions_BidId_Sequence",
                table: "BidSubmissions",
                columns: new[] { "BidId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Clarifications_AskedByProviderId",
                table: "Clarifications",
                column: "AskedByProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_Clarifications_TenderId",
                table: "Clarifications",
                column: "TenderId");

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkLotMembers_FrameworkId_LotNumber_ProviderId",
                table: "FrameworkLotMembers",
                columns: new[] { "FrameworkId", "LotNumber", "ProviderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkLotMembers_ProviderId",
                table: "FrameworkLotMembers",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkLotMembers_StatusDecisionId",
                table: "FrameworkLotMembers",
                column: "StatusDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_IndividualScores_BidId_QuestionNumber_EvaluatorId",
                table: "IndividualScores",
                columns: new[] { "BidId", "QuestionNumber", "EvaluatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ModeratedScores_BidId_QuestionNumber",
                table: "ModeratedScores",
                columns: new[] { "BidId", "QuestionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TenderEvaluator_TenderId_UserId",
                table: "TenderEvaluator",
                columns: new[] { "TenderId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TenderEvaluator_UserId",
                table: "TenderEvaluator",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_TenderLot_TenderId_Number",
                table: "TenderLot",
                columns: new[] { "TenderId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TenderParty_AuthorityId",
                table: "TenderParty",
                column: "AuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_TenderParty_TenderId_AuthorityId",
                table: "TenderParty",
                columns: new[] { "TenderId", "AuthorityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TenderResults_BidId",
                table: "TenderResults",
                column: "BidId");

            migrationBuilder.CreateIndex(
                name: "IX_TenderResults_ProviderId",
                table: "TenderResults",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_TenderResults_TenderId_LotNumber_BidId",
                table: "TenderResults",
                columns: new[] { "TenderId", "LotNumber", "BidId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tenders_FrameworkId",
                table: "Tenders",
                column: "FrameworkId");

            migrationBuilder.CreateIndex(
                name: "IX_Tenders_KeyDecisionId",
                table: "Tenders",
                column: "KeyDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Tenders_LeadAuthorityId",
                table: "Tenders",
                column: "LeadAuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_Tenders_Reference",
                table: "Tenders",
                column: "Reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BidSubmissions");

            migrationBuilder.DropTable(
                name: "Clarifications");

            migrationBuilder.DropTable(
                name: "FrameworkLotMembers");

            migrationBuilder.DropTable(
                name: "IndividualScores");

            migrationBuilder.DropTable(
                name: "ModeratedScores");

            migrationBuilder.DropTable(
                name: "TenderEvaluator");

            migrationBuilder.DropTable(
                name: "TenderLot");

            migrationBuilder.DropTable(
                name: "TenderParty");

            migrationBuilder.DropTable(
                name: "TenderResults");

            migrationBuilder.DropTable(
                name: "Bids");

            migrationBuilder.DropTable(
                name: "Tenders");

            migrationBuilder.DropColumn(
                name: "Indexation",
                table: "Frameworks");

            migrationBuilder.DropColumn(
                name: "TenderId",
                table: "Frameworks");
        }
    }
}
