using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MineralTrade.Web.Data.Migrations.PostgreSql
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Window = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Reporter = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Exporter = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Importer = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Publisher = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    HsCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, collation: "C"),
                    Product = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    PeriodStart = table.Column<int>(type: "integer", nullable: false),
                    PeriodEnd = table.Column<int>(type: "integer", nullable: false),
                    PeriodKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ValueUsd = table.Column<decimal>(type: "numeric", nullable: true),
                    Qualifier = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    HalfStep = table.Column<decimal>(type: "numeric", nullable: false),
                    PreviousValueUsd = table.Column<decimal>(type: "numeric", nullable: true),
                    PreviousQualifier = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PreviousHalfStep = table.Column<decimal>(type: "numeric", nullable: false),
                    MissingMonths = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    CurrentIds = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    PreviousIds = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Publishers = table.Column<string>(type: "text", nullable: false, collation: "C")
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
                descending: new[] { false, true, false, false, false, false, false })
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WindowGrowths");
        }
    }
}
