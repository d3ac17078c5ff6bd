using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MineralTrade.Web.Data;

/// <summary>
/// The store on PostgreSQL: the same model as <see cref="MineralTradeDbContext"/>, a type of its own so that EF keeps
/// its migrations apart (<c>Data/Migrations/PostgreSql</c>), as the EF Core docs describe for several providers.
/// </summary>
public sealed class PostgreSqlDbContext(DbContextOptions options) : MineralTradeDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // Text compares and sorts byte by byte as in SQLite, whatever locale the server was created with.
        configurationBuilder.Properties<string>().UseCollation("C");
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // A unique key with an empty part (a figure without a source URL) is still one key: two NULLs are equal here,
        // as the import's matching treats them (PostgreSQL 15+).
        foreach (var index in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()).Where(i => i.IsUnique))
        {
            index.SetAreNullsDistinct(false);
        }
    }
}
