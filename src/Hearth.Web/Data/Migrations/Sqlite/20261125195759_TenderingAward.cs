using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TenderingAward : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AwardedOn",
                table: "Tenders",
                type: "TEXT",
                nullable: true);

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

            migrationBuilder.AddColumn<string>(
                name: "Answers",
                table: "BidSubmissions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Prices",
                table: "BidSubmissions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FrameworkLotMembers");

            migrationBuilder.DropTable(
                name: "TenderResults");

            migrationBuilder.DropColumn(
                name: "AwardedOn",
                table: "Tenders");

            migrationBuilder.DropColumn(
                name: "Indexation",
                table: "Frameworks");

            migrationBuilder.DropColumn(
                name: "TenderId",
                table: "Frameworks");

            migrationBuilder.DropColumn(
                name: "Answers",
                table: "BidSubmissions");

            migrationBuilder.DropColumn(
                name: "Prices",
                table: "BidSubmissions");
        }
    }
}
