using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "TenderId",
                table: "Frameworks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FrameworkLotMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FrameworkId = table.Column<int>(type: "INTEGER", nullable: false),
                    LotNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    LotName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    Prices = table.Column<string>(type: "TEXT", nullable: false),
                    AgeBandsText = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BidId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StatusDecisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    StatusChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Regime = table.Column<int>(type: "INTEGER", nullable: false),
                    LeadAuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    KeyDecisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    EstimatedValue = table.Column<long>(type: "INTEGER", nullable: false),
                    TermStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermJustification = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AgeBandsText = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Indexation = table.Column<string>(type: "TEXT", nullable: false),
                    AbnormallyLowPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OpenedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AwardedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StandstillEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FrameworkId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Timeline_AwardDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Timeline_ClarificationDeadline = table.Column<long>(type: "INTEGER", nullable: false),
                    Timeline_EvaluationDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Timeline_PublicationDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Timeline_StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Timeline_SubmissionDeadline = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenderId = table.Column<int>(type: "INTEGER", nullable: false),
                    LotNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Prices = table.Column<string>(type: "TEXT", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false),
                    DeclarationsAccepted = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenderId = table.Column<int>(type: "INTEGER", nullable: false),
                    AskedByProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AskedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenderId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Supplements = table.Column<string>(type: "TEXT", nullable: false),
                    Questions = table.Column<string>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", nullable: false),
                    AwardBasis = table.Column<int>(type: "INTEGER", nullable: false),
                    TopN = table.Column<int>(type: "INTEGER", nullable: true),
                    TenderId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenderId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorityId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsLead = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BidId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    ReceiptHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Prices = table.Column<string>(type: "TEXT", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BidId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluatorId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ScoredAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BidId = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ModeratorId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TenderId = table.Column<int>(type: "INTEGER", nullable: false),
                    LotNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    BidId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Compliant = table.Column<bool>(type: "INTEGER", nullable: false),
                    MeetsQualityThreshold = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", nullable: false),
                    EvaluatedPricePence = table.Column<long>(type: "INTEGER", nullable: true),
                    PriceScore = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    QualityScore = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    Total = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    AbnormallyLow = table.Column<bool>(type: "INTEGER", nullable: false),
                    Awarded = table.Column<bool>(type: "INTEGER", nullable: false)
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
