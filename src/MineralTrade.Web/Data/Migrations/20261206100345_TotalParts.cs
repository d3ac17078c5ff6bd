using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineralTrade.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TotalParts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ListedParts",
                table: "GroupTotals",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Parts",
                table: "GroupTotals",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ProcessedUsd",
                table: "GroupTotals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Publishers",
                table: "GroupTotals",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RawUsd",
                table: "GroupTotals",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ListedParts",
                table: "GroupTotals");

            migrationBuilder.DropColumn(
                name: "Parts",
                table: "GroupTotals");

            migrationBuilder.DropColumn(
                name: "ProcessedUsd",
                table: "GroupTotals");

            migrationBuilder.DropColumn(
                name: "Publishers",
                table: "GroupTotals");

            migrationBuilder.DropColumn(
                name: "RawUsd",
                table: "GroupTotals");
        }
    }
}
