using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineralTrade.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class GroupTotalParts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every figure a total adds, in a row of its own (docs/decisions/0124): out of the row the overview reads.
            migrationBuilder.CreateTable(
                name: "GroupTotalParts",
                columns: table => new
                {
                    TotalId = table.Column<int>(type: "INTEGER", nullable: false),
                    ComponentIds = table.Column<string>(type: "TEXT", nullable: false),
                    Parts = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupTotalParts", x => x.TotalId);
                    table.ForeignKey(
                        name: "FK_GroupTotalParts_GroupTotals_TotalId",
                        column: x => x.TotalId,
                        principalTable: "GroupTotals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The parts move as they are; the first ids of a list (ListedIds) are written by the rebuild that
            // SummaryRefresh.RulesVersion 5 asks for at the next start.
            migrationBuilder.Sql("INSERT INTO \"GroupTotalParts\" (\"TotalId\", \"ComponentIds\", \"Parts\") SELECT \"Id\", \"ComponentIds\", \"Parts\" FROM \"GroupTotals\";");

            migrationBuilder.AddColumn<string>(
                name: "ListedIds",
                table: "GroupTotals",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // SQLite's own DROP COLUMN (3.35+), not EF's rebuild of the table: the rebuild would drop the indexes' statistics
            // with the old table, and run after any SQL here, so that no ANALYZE could follow it in this migration;
            // without statistics SQLite read the overview through the wrong index (migration GroupTotalCounts, issue 21).
            migrationBuilder.Sql("ALTER TABLE \"GroupTotals\" DROP COLUMN \"ComponentIds\";");
            migrationBuilder.Sql("ALTER TABLE \"GroupTotals\" DROP COLUMN \"Parts\";");
            migrationBuilder.Sql("ANALYZE \"GroupTotals\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ComponentIds",
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

            migrationBuilder.Sql("UPDATE \"GroupTotals\" SET \"ComponentIds\" = p.\"ComponentIds\", \"Parts\" = p.\"Parts\" FROM \"GroupTotalParts\" p WHERE p.\"TotalId\" = \"GroupTotals\".\"Id\";");

            migrationBuilder.DropTable(
                name: "GroupTotalParts");

            migrationBuilder.Sql("ALTER TABLE \"GroupTotals\" DROP COLUMN \"ListedIds\";");
        }
    }
}
