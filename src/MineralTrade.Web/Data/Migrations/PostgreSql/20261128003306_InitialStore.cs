using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MineralTrade.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Xml = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Imports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false, collation: "C"),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Format = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Added = table.Column<int>(type: "integer", nullable: false),
                    Changed = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false),
                    Skipped = table.Column<int>(type: "integer", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Targets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Exporter = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Importer = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Scope = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    LowUsd = table.Column<decimal>(type: "numeric", nullable: false),
                    HighUsd = table.Column<decimal>(type: "numeric", nullable: false),
                    ByYear = table.Column<int>(type: "integer", nullable: false),
                    BaselineUsd = table.Column<decimal>(type: "numeric", nullable: true),
                    BaselineStatement = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    BaselineSourcePublisher = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    BaselineSourceDate = table.Column<DateOnly>(type: "date", nullable: true),
                    BaselineSourceUrl = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SourcePublisher = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SourceDate = table.Column<DateOnly>(type: "date", nullable: true),
                    SourceUrl = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Note = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Targets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Figures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
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
                    Note = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ImportId = table.Column<int>(type: "integer", nullable: true)
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
                name: "IX_Figures_Reporter_Exporter_Importer_HsCode_PeriodStart_Perio~",
                table: "Figures",
                columns: new[] { "Reporter", "Exporter", "Importer", "HsCode", "PeriodStart", "PeriodEnd", "SourcePublisher", "SourceUrl" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "IX_Imports_Sha256",
                table: "Imports",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_Targets_Name",
                table: "Targets",
                column: "Name",
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Figures");

            migrationBuilder.DropTable(
                name: "Targets");

            migrationBuilder.DropTable(
                name: "Imports");
        }
    }
}
