using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineralTrade.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class WindowGrowths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WindowGrowths",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Window = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Reporter = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Exporter = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Importer = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", nullable: false),
                    HsCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Product = table.Column<string>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PeriodStart = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ValueUsd = table.Column<string>(type: "TEXT", nullable: true),
                    Qualifier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HalfStep = table.Column<string>(type: "TEXT", nullable: false),
                    PreviousValueUsd = table.Column<string>(type: "TEXT", nullable: true),
                    PreviousQualifier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PreviousHalfStep = table.Column<string>(type: "TEXT", nullable: false),
                    MissingMonths = table.Column<string>(type: "TEXT", nullable: false),
                    CurrentIds = table.Column<string>(type: "TEXT", nullable: false),
                    PreviousIds = table.Column<string>(type: "TEXT", nullable: false),
                    Publishers = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WindowGrowths", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WindowGrowths_HsCode_Exporter_Importer",
                table: "WindowGrowths",
                columns: new[] { "HsCode", "Exporter", "Importer" });

            migrationBuilder.CreateIndex(
                name: "IX_WindowGrowths_Listing",
                table: "WindowGrowths",
                columns: new[] { "Window", "PeriodEnd", "Reporter", "Exporter", "Importer", "Publisher", "HsCode" },
                unique: true,
                descending: new[] { false, true, false, false, false, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WindowGrowths");
        }
    }
}
