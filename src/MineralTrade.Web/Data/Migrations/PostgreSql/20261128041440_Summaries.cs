using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MineralTrade.Web.Data.Migrations.PostgreSql
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reporter = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Exporter = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Importer = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Publisher = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    PeriodStart = table.Column<int>(type: "integer", nullable: false),
                    PeriodEnd = table.Column<int>(type: "integer", nullable: false),
                    PeriodKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    ValueUsd = table.Column<decimal>(type: "numeric", nullable: true),
                    Qualifier = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Basket = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ComponentIds = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    NamedIds = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SharePercent = table.Column<decimal>(type: "numeric", nullable: true),
                    Figures = table.Column<int>(type: "integer", nullable: false),
                    GrowthRates = table.Column<int>(type: "integer", nullable: false),
                    LatestPublished = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupTotals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GrowthPairs",
                columns: table => new
                {
                    CurrentId = table.Column<int>(type: "integer", nullable: false),
                    PreviousId = table.Column<int>(type: "integer", nullable: false),
                    Reporter = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Exporter = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Importer = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Publisher = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    HsCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, collation: "C"),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    PeriodKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PeriodStart = table.Column<int>(type: "integer", nullable: false),
                    PeriodEnd = table.Column<int>(type: "integer", nullable: false),
                    Ratio = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrowthPairs", x => x.CurrentId);
                });

            migrationBuilder.CreateTable(
                name: "SummaryStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Rules = table.Column<int>(type: "integer", nullable: false),
                    ImportId = table.Column<int>(type: "integer", nullable: false)
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
                descending: new[] { true, false, false, false, false, false, false })
                .Annotation("Npgsql:NullsDistinct", false);

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
