using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;
using MineralTrade.Web.Features.Targets;

namespace MineralTrade.Web.Data;

/// <summary>
/// The store, on SQLite; <see cref="PostgreSqlDbContext"/> is the same store on PostgreSQL. Each provider keeps its own
/// migrations (docs/decisions/0070-one-store-two-providers.md): a model change gets a migration for each, one command each,
/// <code>
/// dotnet ef migrations add &lt;Name&gt; --project src/MineralTrade.Web --context MineralTradeDbContext -o Data/Migrations
/// dotnet ef migrations add &lt;Name&gt; --project src/MineralTrade.Web --context PostgreSqlDbContext -o Data/Migrations/PostgreSql
/// </code>
/// </summary>
public class MineralTradeDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Figure> Figures => Set<Figure>();

    public DbSet<Target> Targets => Set<Target>();

    public DbSet<Import> Imports => Set<Import>();

    /// <summary>The keys that protect antiforgery tokens and circuit state, shared by every node (PersistKeysToDbContext).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no decimal: money is stored as REAL so that SQL can compare and order it; every published value has
        // fewer than 15 significant digits, which a double holds exactly (docs/decisions/0004). PostgreSQL keeps numeric.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MineralTradeDbContext).Assembly);
}
