using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MineralTrade.Web.Data.Summaries;
using MineralTrade.Web.Features.Comtrade;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;
using MineralTrade.Web.Features.Revisions;
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

    public DbSet<GrowthPair> GrowthPairs => Set<GrowthPair>();

    public DbSet<GroupTotal> GroupTotals => Set<GroupTotal>();

    /// <summary>Every figure each total adds, apart from the totals the pages read (docs/decisions/0124).</summary>
    public DbSet<GroupTotalParts> GroupTotalParts => Set<GroupTotalParts>();

    public DbSet<WindowGrowth> WindowGrowths => Set<WindowGrowth>();

    public DbSet<SummaryState> SummaryStates => Set<SummaryState>();

    /// <summary>The keys that protect antiforgery tokens and circuit state, shared by every node (PersistKeysToDbContext).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<DataVersion> DataVersions => Set<DataVersion>();

    /// <summary>Earlier values of figures that an import revised or withdrew (docs/decisions/0122).</summary>
    public DbSet<FigureVintage> FigureVintages => Set<FigureVintage>();

    // The UN Comtrade+ fetch's own records (Features/Comtrade).
    public DbSet<FetchRun> FetchRuns => Set<FetchRun>();

    public DbSet<FetchRequest> FetchRequests => Set<FetchRequest>();

    public DbSet<ComtradeRelease> ComtradeReleases => Set<ComtradeRelease>();

    public DbSet<ComtradeCallDay> ComtradeCallDays => Set<ComtradeCallDay>();

    public DbSet<FetchLeaseRow> FetchLeases => Set<FetchLeaseRow>();

    /// <summary>
    /// Saves, and changes the data version in the same transaction when figures, targets or imports changed; figures
    /// added, changed or removed this way (the seed's) get their summaries recomputed in that transaction too
    /// (docs/decisions/0090), as the import's set-based SQL does for its own.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveAsync(acceptAllChangesOnSuccess, synchronous: true, CancellationToken.None).GetAwaiter().GetResult();

    /// <inheritdoc cref="SaveChanges(bool)"/>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveAsync(acceptAllChangesOnSuccess, synchronous: false, cancellationToken);

    private async Task<int> SaveAsync(bool acceptAllChangesOnSuccess, bool synchronous, CancellationToken cancellationToken)
    {
        var changesData = ChangesData();
        var figures = ChangeTracker.Entries<Figure>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (figures.Count == 0)
        {
            var saved = synchronous ? base.SaveChanges(acceptAllChangesOnSuccess) : await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (changesData)
            {
                await DataVersion.ChangeAsync(Database, cancellationToken);
            }
            return saved;
        }
        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        int result;
        await using (var summaries = await SummaryRefresh.BeginAsync(Database.GetDbConnection(), Database.CurrentTransaction!.GetDbTransaction(), cancellationToken))
        {
            await summaries.TouchRemovedAsync([.. figures.Where(e => e.State == EntityState.Deleted).Select(e => e.Entity.Id)], cancellationToken);
            var saved = figures.Where(e => e.State != EntityState.Deleted).Select(e => e.Entity).ToList();
            result = synchronous ? base.SaveChanges(acceptAllChangesOnSuccess) : await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await summaries.TouchFiguresAsync([.. saved.Select(f => f.Id)], cancellationToken);
            await summaries.CompleteAsync(cancellationToken);
        }
        await DataVersion.ChangeAsync(Database, cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }
        return result;
    }

    // A writer that bypasses SaveChanges (the import's set-based SQL) also saves its history row through it, in the same
    // transaction: that bumps the version.
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

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MineralTradeDbContext).Assembly);
        if (Database.IsSqlite())
        {
            // A total of values with cents keeps every cent (docs/decisions/0090): exact text here, not the REAL above.
            modelBuilder.Entity<GroupTotal>(t =>
            {
                t.Property(g => g.ValueUsd).HasConversion<string>();
                t.Property(g => g.SharePercent).HasConversion<string>();
                t.Property(g => g.ProcessedUsd).HasConversion<string>();
                t.Property(g => g.RawUsd).HasConversion<string>();
            });
            // The same for the year-to-date and 12-month sums (docs/decisions/0066).
            modelBuilder.Entity<WindowGrowth>(w =>
            {
                w.Property(g => g.ValueUsd).HasConversion<string>();
                w.Property(g => g.HalfStep).HasConversion<string>();
                w.Property(g => g.PreviousValueUsd).HasConversion<string>();
                w.Property(g => g.PreviousHalfStep).HasConversion<string>();
            });
        }
    }
}
