using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineralTrade.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ProductIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Figures_Product",
                table: "Figures",
                columns: new[] { "HsCode", "Exporter", "Importer", "PeriodEnd", "PeriodStart", "Reporter", "ValueUsd" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Figures_Product",
                table: "Figures");
        }
    }
}
