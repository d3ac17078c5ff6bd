using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineralTrade.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ComtradeFetch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ComtradeCallDays",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Calls = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComtradeCallDays", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "FetchLeases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UntilUnixMs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FetchLeases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FetchRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RunBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Endpoint = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Calls = table.Column<int>(type: "INTEGER", nullable: false),
                    Stored = table.Column<int>(type: "INTEGER", nullable: false),
                    Failed = table.Column<int>(type: "INTEGER", nullable: false),
                    Left = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: true),
                    Message = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FetchRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FetchRuns_Imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "Imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FigureVintages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FigureId = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: true),
                    SupersededByImportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Withdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
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
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureVintages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FigureVintages_Imports_SupersededByImportId",
                        column: x => x.SupersededByImportId,
                        principalTable: "Imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ComtradeReleases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FetchRunId = table.Column<int>(type: "INTEGER", nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    ReporterCode = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    Released = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RetrievedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportId = table.Column<int>(type: "INTEGER", nullable: true),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    Changed = table.Column<int>(type: "INTEGER", nullable: false),
                    Withdrawn = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComtradeReleases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComtradeReleases_FetchRuns_FetchRunId",
                        column: x => x.FetchRunId,
                        principalTable: "FetchRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ComtradeReleases_Imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "Imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FetchRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FetchRunId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    Records = table.Column<int>(type: "INTEGER", nullable: false),
                    Tries = table.Column<int>(type: "INTEGER", nullable: false),
                    Milliseconds = table.Column<int>(type: "INTEGER", nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FetchRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FetchRequests_FetchRuns_FetchRunId",
                        column: x => x.FetchRunId,
                        principalTable: "FetchRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "FetchLeases",
                columns: new[] { "Id", "Holder", "UntilUnixMs" },
                values: new object[] { 1, null, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_ComtradeReleases_FetchRunId",
                table: "ComtradeReleases",
                column: "FetchRunId");

            migrationBuilder.CreateIndex(
                name: "IX_ComtradeReleases_Frequency_ReporterCode_Period_Id",
                table: "ComtradeReleases",
                columns: new[] { "Frequency", "ReporterCode", "Period", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ComtradeReleases_ImportId",
                table: "ComtradeReleases",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_FetchRequests_FetchRunId",
                table: "FetchRequests",
                column: "FetchRunId");

            migrationBuilder.CreateIndex(
                name: "IX_FetchRuns_ImportId",
                table: "FetchRuns",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_FigureVintages_FigureId_Id",
                table: "FigureVintages",
                columns: new[] { "FigureId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_FigureVintages_SupersededByImportId",
                table: "FigureVintages",
                column: "SupersededByImportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComtradeCallDays");

            migrationBuilder.DropTable(
                name: "ComtradeReleases");

            migrationBuilder.DropTable(
                name: "FetchLeases");

            migrationBuilder.DropTable(
                name: "FetchRequests");

            migrationBuilder.DropTable(
                name: "FigureVintages");

            migrationBuilder.DropTable(
                name: "FetchRuns");
        }
    }
}
