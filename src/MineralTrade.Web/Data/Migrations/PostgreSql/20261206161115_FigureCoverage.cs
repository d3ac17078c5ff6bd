using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineralTrade.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class FigureCoverage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Coverage",
                table: "FigureVintages",
                type: "character varying(24)",
                maxLength: 24,
                nullable: false,
                defaultValue: "goods");

            migrationBuilder.AddColumn<string>(
                name: "Coverage",
                table: "Figures",
                type: "character varying(24)",
                maxLength: 24,
                nullable: false,
                defaultValue: "goods");

            // Stored before coverage was kept: an HS code counts goods, and so does customs data (UN Comtrade+ files and
            // the API); a total from a press report does not say, until its file says (the seed's figures follow the
            // seed file at start-up: docs/decisions/0042, 0067).
            foreach (var table in new[] { "Figures", "FigureVintages" })
            {
                migrationBuilder.Sql($"UPDATE \"{table}\" SET \"Coverage\" = 'unstated' WHERE \"HsCode\" = 'TOTAL' AND \"SourceKind\" = 'press'");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Coverage",
                table: "FigureVintages");

            migrationBuilder.DropColumn(
                name: "Coverage",
                table: "Figures");
        }
    }
}
