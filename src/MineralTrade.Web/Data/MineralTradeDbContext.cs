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

    public DbSet<DataVersion> DataVersions => Set<DataVersion>();

    /// <summary>Saves, and bumps the data version in the same transaction when figures, targets or imports changed.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var changesData = ChangesData();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        if (changesData)
        {
            BumpDataVersion();
        }
        return saved;
    }

    /// <inheritdoc cref="SaveChanges(bool)"/>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changesData = ChangesData();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (changesData)
        {
            await DataVersions.ExecuteUpdateAsync(s => s.SetProperty(v => v.Value, v => v.Value + 1), cancellationToken);
        }
        return saved;
    }

    // A writer that bypasses SaveChanges (the import's set-based SQL) also saves its history row through it, in the same
    // transaction: that bumps the version.
    private void BumpDataVersion() => DataVersions.ExecuteUpdate(s => s.SetProperty(v => v.Value, v => v.Value + 1));

    private bool ChangesData() => ChangeTracker.Entries().Any(e =>
        e.Entity is Figure or Target or Import && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);

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
