using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineralTrade.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class FigureNaturalKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Figures_Reporter_Exporter_Importer_HsCode_PeriodStart_PeriodEnd",
                table: "Figures");

            migrationBuilder.CreateIndex(
                name: "IX_Figures_Reporter_Exporter_Importer_HsCode_PeriodStart_PeriodEnd_SourcePublisher_SourceUrl",
                table: "Figures",
                columns: new[] { "Reporter", "Exporter", "Importer", "HsCode", "PeriodStart", "PeriodEnd", "SourcePublisher", "SourceUrl" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Figures_Reporter_Exporter_Importer_HsCode_PeriodStart_PeriodEnd_SourcePublisher_SourceUrl",
                table: "Figures");

            migrationBuilder.CreateIndex(
                name: "IX_Figures_Reporter_Exporter_Importer_HsCode_PeriodStart_PeriodEnd",
                table: "Figures",
                columns: new[] { "Reporter", "Exporter", "Importer", "HsCode", "PeriodStart", "PeriodEnd" });
        }
    }
}
