using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineralTrade.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Imports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    Changed = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Exporter = table.Column<string>(type: "TEXT", nullable: false),
                    Importer = table.Column<string>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", nullable: false),
                    LowUsd = table.Column<double>(type: "REAL", nullable: false),
                    HighUsd = table.Column<double>(type: "REAL", nullable: false),
                    ByYear = table.Column<int>(type: "INTEGER", nullable: false),
                    BaselineUsd = table.Column<double>(type: "REAL", nullable: true),
                    BaselineStatement = table.Column<string>(type: "TEXT", nullable: true),
                    BaselineSourcePublisher = table.Column<string>(type: "TEXT", nullable: true),
                    BaselineSourceDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BaselineSourceUrl = table.Column<string>(type: "TEXT", nullable: true),
                    SourcePublisher = table.Column<string>(type: "TEXT", nullable: false),
                    SourceDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SourceUrl = table.Column<string>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Targets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Figures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reporter = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Exporter = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Importer = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    PeriodStart = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HsCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Product = table.Column<string>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ValueUsd = table.Column<double>(type: "REAL", nullable: true),
                    Quantity = table.Column<double>(type: "REAL", nullable: true),
                    QuantityUnit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Qualifier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourcePublisher = table.Column<string>(type: "TEXT", nullable: false),
                    SourceDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SourceUrl = table.Column<string>(type: "TEXT", nullable: true),
                    SourceKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Figures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Figures_Imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "Imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Figures_Category_PeriodEnd",
                table: "Figures",
                columns: new[] { "Category", "PeriodEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_Figures_ImportId",
                table: "Figures",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_Figures_Reporter_Exporter_Importer_HsCode_PeriodStart_PeriodEnd",
                table: "Figures",
                columns: new[] { "Reporter", "Exporter", "Importer", "HsCode", "PeriodStart", "PeriodEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_Imports_Sha256",
                table: "Imports",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_Targets_Name",
                table: "Targets",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Figures");

            migrationBuilder.DropTable(
                name: "Targets");

            migrationBuilder.DropTable(
                name: "Imports");
        }
    }
}
