using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MineralTrade.Web.Data.Migrations.PostgreSql
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
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Calls = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComtradeCallDays", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "FetchLeases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    UntilUnixMs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FetchLeases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FetchRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RunBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "C"),
                    Endpoint = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Calls = table.Column<int>(type: "integer", nullable: false),
                    Stored = table.Column<int>(type: "integer", nullable: false),
                    Failed = table.Column<int>(type: "integer", nullable: false),
                    Left = table.Column<int>(type: "integer", nullable: false),
                    ImportId = table.Column<int>(type: "integer", nullable: true),
                    Message = table.Column<string>(type: "text", nullable: true, collation: "C")
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FigureId = table.Column<int>(type: "integer", nullable: false),
                    ImportId = table.Column<int>(type: "integer", nullable: true),
                    SupersededByImportId = table.Column<int>(type: "integer", nullable: false),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    Reporter = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Exporter = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Importer = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    PeriodStart = table.Column<int>(type: "integer", nullable: false),
                    PeriodEnd = table.Column<int>(type: "integer", nullable: false),
                    PeriodKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    HsCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false, collation: "C"),
                    Product = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Stage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ValueUsd = table.Column<decimal>(type: "numeric", nullable: true),
                    Quantity = table.Column<decimal>(type: "numeric", nullable: true),
                    QuantityUnit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    Qualifier = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourcePublisher = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SourceDate = table.Column<DateOnly>(type: "date", nullable: true),
                    SourceUrl = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SourceKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "text", nullable: true, collation: "C")
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FetchRunId = table.Column<int>(type: "integer", nullable: false),
                    Frequency = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false, collation: "C"),
                    ReporterCode = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    Released = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RetrievedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportId = table.Column<int>(type: "integer", nullable: true),
                    Added = table.Column<int>(type: "integer", nullable: false),
                    Changed = table.Column<int>(type: "integer", nullable: false),
                    Withdrawn = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false),
                    Skipped = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FetchRunId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Url = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    StatusCode = table.Column<int>(type: "integer", nullable: true),
                    Records = table.Column<int>(type: "integer", nullable: false),
                    Tries = table.Column<int>(type: "integer", nullable: false),
                    Milliseconds = table.Column<int>(type: "integer", nullable: false),
                    Problem = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "C")
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
