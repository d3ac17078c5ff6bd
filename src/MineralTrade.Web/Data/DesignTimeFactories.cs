using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MineralTrade.Web.Data;

// For `dotnet ef` only: each provider's model without starting the app or reaching a server (adding a migration or
// writing its script reads no database). ConnectionStrings__MineralTrade names one for `dotnet ef database update`.

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<MineralTradeDbContext>
{
    public MineralTradeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MineralTradeDbContext>()
            .UseSqlite(Environment.GetEnvironmentVariable("ConnectionStrings__MineralTrade") ?? "Data Source=App_Data/mineraltrade.db")
            .Options);
}

public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlDbContext>
{
    public PostgreSqlDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MineralTradeDbContext>()
            .UseNpgsql(Environment.GetEnvironmentVariable("ConnectionStrings__MineralTrade") ?? "Host=localhost;Database=mineraltrade")
            .Options);
}
