using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MineralTrade.Web.Data.Migrations.PostgreSql
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
                    TotalId = table.Column<int>(type: "integer", nullable: false),
                    ComponentIds = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Parts = table.Column<string>(type: "text", nullable: false, collation: "C")
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
                type: "text",
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.DropColumn(
                name: "ComponentIds",
                table: "GroupTotals");

            migrationBuilder.DropColumn(
                name: "Parts",
                table: "GroupTotals");

            // As on SQLite: the planner weighs GroupTotals' indexes with the table's statistics of now (issue 21).
            migrationBuilder.Sql("ANALYZE \"GroupTotals\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ComponentIds",
                table: "GroupTotals",
                type: "text",
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "Parts",
                table: "GroupTotals",
                type: "text",
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.Sql("UPDATE \"GroupTotals\" SET \"ComponentIds\" = p.\"ComponentIds\", \"Parts\" = p.\"Parts\" FROM \"GroupTotalParts\" p WHERE p.\"TotalId\" = \"GroupTotals\".\"Id\";");

            migrationBuilder.DropTable(
                name: "GroupTotalParts");

            migrationBuilder.DropColumn(
                name: "ListedIds",
                table: "GroupTotals");
        }
    }
}
