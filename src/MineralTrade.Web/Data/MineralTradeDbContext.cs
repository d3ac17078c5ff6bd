using Microsoft.EntityFrameworkCore;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;
using MineralTrade.Web.Features.Targets;

namespace MineralTrade.Web.Data;

/// <summary>
/// The store. Add a migration with
/// <c>dotnet ef migrations add &lt;Name&gt; --project src/MineralTrade.Web -o Data/Migrations</c>.
/// </summary>
public sealed class MineralTradeDbContext(DbContextOptions<MineralTradeDbContext> options) : DbContext(options)
{
    public DbSet<Figure> Figures => Set<Figure>();

    public DbSet<Target> Targets => Set<Target>();

    public DbSet<Import> Imports => Set<Import>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MineralTradeDbContext).Assembly);
}
