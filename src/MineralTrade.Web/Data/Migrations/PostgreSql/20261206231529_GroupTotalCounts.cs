using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineralTrade.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class GroupTotalCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_GroupTotals_FlowCounts",
                table: "GroupTotals",
                columns: new[] { "Exporter", "Importer", "Category", "Reporter", "Figures", "GrowthRates" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupTotals_ReporterCounts",
                table: "GroupTotals",
                columns: new[] { "Reporter", "PeriodEnd", "PeriodStart", "Figures", "LatestPublished" });

            // As on SQLite: the planner weighs the new indexes with the table's statistics of now (issue 21).
            migrationBuilder.Sql("ANALYZE \"GroupTotals\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GroupTotals_FlowCounts",
                table: "GroupTotals");

            migrationBuilder.DropIndex(
                name: "IX_GroupTotals_ReporterCounts",
                table: "GroupTotals");
        }
    }
}
