using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineralTrade.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class FigureLargest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Figures_Largest",
                table: "Figures",
                columns: new[] { "PeriodEnd", "PeriodStart", "Exporter", "Importer", "ValueUsd", "Id" },
                descending: new[] { false, false, false, false, true, false });

            // Statistics for the new index at once (MigrationStatisticsTests): without them SQLite weighs it by guesswork
            // against the analysed ones (migration GroupTotalCounts, issue 21).
            migrationBuilder.Sql("ANALYZE \"IX_Figures_Largest\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Figures_Largest",
                table: "Figures");
        }
    }
}
