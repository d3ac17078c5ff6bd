using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineralTrade.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Summaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GroupTotals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reporter = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Exporter = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Importer = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", nullable: false),
                    PeriodStart = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ValueUsd = table.Column<string>(type: "TEXT", nullable: true),
                    Qualifier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Basket = table.Column<string>(type: "TEXT", nullable: false),
                    ComponentIds = table.Column<string>(type: "TEXT", nullable: false),
                    NamedIds = table.Column<string>(type: "TEXT", nullable: false),
                    SharePercent = table.Column<string>(type: "TEXT", nullable: true),
                    Figures = table.Column<int>(type: "INTEGER", nullable: false),
                    GrowthRates = table.Column<int>(type: "INTEGER", nullable: false),
                    LatestPublished = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupTotals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GrowthPairs",
                columns: table => new
                {
                    CurrentId = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reporter = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Exporter = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Importer = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", nullable: false),
                    HsCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PeriodKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PeriodStart = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    Ratio = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrowthPairs", x => x.CurrentId);
                });

            migrationBuilder.CreateTable(
                name: "SummaryStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Rules = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SummaryStates", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "SummaryStates",
                columns: new[] { "Id", "ImportId", "Rules" },
                values: new object[] { 1, 0, 0 });

            migrationBuilder.CreateIndex(
                name: "IX_Figures_Listing",
                table: "Figures",
                columns: new[] { "PeriodEnd", "PeriodStart", "Category", "HsCode", "Reporter", "Id" },
                descending: new[] { true, false, false, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Figures_ValueUsd_Id",
                table: "Figures",
                columns: new[] { "ValueUsd", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupTotals_Exporter_Importer_PeriodKind_PeriodEnd",
                table: "GroupTotals",
                columns: new[] { "Exporter", "Importer", "PeriodKind", "PeriodEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupTotals_Listing",
                table: "GroupTotals",
                columns: new[] { "PeriodEnd", "PeriodStart", "Reporter", "Exporter", "Importer", "Publisher", "Category" },
                unique: true,
                descending: new[] { true, false, false, false, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_GrowthPairs_Exporter_Importer_Ratio",
                table: "GrowthPairs",
                columns: new[] { "Exporter", "Importer", "Ratio" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GroupTotals");

            migrationBuilder.DropTable(
                name: "GrowthPairs");

            migrationBuilder.DropTable(
                name: "SummaryStates");

            migrationBuilder.DropIndex(
                name: "IX_Figures_Listing",
                table: "Figures");

            migrationBuilder.DropIndex(
                name: "IX_Figures_ValueUsd_Id",
                table: "Figures");
        }
    }
}
