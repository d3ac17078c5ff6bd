using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MineralTrade.Tests;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.IntegrationTests;

/// <summary>What PostgreSQL does that SQLite cannot: exact money, one key for empty parts, imports from several nodes.</summary>
public sealed class PostgreSqlStoreTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mineraltrade-pg-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    private string File(string name, IEnumerable<Dictionary<string, string>> rows)
    {
        var path = Path.Combine(_directory, name);
        System.IO.File.WriteAllBytes(path, ComtradeFile.Bytes(rows));
        return path;
    }

    [PostgreSqlFact]
    public async Task Money_IsNumeric_AndKeepsEveryDigit()
    {
        await using var app = new MineralTradeApp();
        var factory = app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>();
        // The import takes 15 significant digits at most, on both stores (what SQLite's REAL keeps, decision 4)...
        var path = File("exact.csv", [ComtradeFile.Row(period: "2021", value: "1234567890123.45")]);
        var result = await app.Services.GetRequiredService<ImportService>().ImportAsync(path, "exact.csv", "test", dryRun: false);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Contains("1234567890123.45", await app.CreateClient().GetStringAsync("/api/figures?from=2021&to=2021&reporter=CN-GACC"), StringComparison.Ordinal);
        // ...and the column is numeric: it keeps more than a double would.
        await using var db = await factory.CreateDbContextAsync();
        var figure = await db.Figures.SingleAsync(f => f.PeriodStart == 202101 && f.SourcePublisher == "UN Comtrade+");
        figure.ValueUsd = 123456789012345678.9m;
        await db.SaveChangesAsync();
        await using var again = await factory.CreateDbContextAsync();
        Assert.Equal(123456789012345678.9m, await again.Figures.Where(f => f.Id == figure.Id).Select(f => f.ValueUsd).SingleAsync());
        Assert.Equal("numeric", await again.Database.SqlQuery<string>(
            $"SELECT data_type AS \"Value\" FROM information_schema.columns WHERE table_name = 'Figures' AND column_name = 'ValueUsd'").SingleAsync());
    }

    [PostgreSqlFact]
    public async Task NaturalKey_TwoFiguresWithoutSourceUrl_AreTheSameKey()
    {
        await using var app = new MineralTradeApp();
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();
        // One stored figure, read twice as two new ones that differ from it only by an empty source URL.
        var copies = new List<Figure>();
        for (var i = 0; i < 2; i++)
        {
            var copy = await db.Figures.AsNoTracking().OrderBy(f => f.Id).FirstAsync(f => f.SourceUrl != null);
            (copy.Id, copy.SourceUrl, copy.ImportId) = (0, null, null);
            copies.Add(copy);
        }
        db.Figures.AddRange(copies);

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal(Npgsql.PostgresErrorCodes.UniqueViolation, Assert.IsType<Npgsql.PostgresException>(error.InnerException).SqlState);
    }

    [PostgreSqlFact]
    public async Task TheSameFile_ImportedThroughTwoNodesAtOnce_GoesInOnce_TheOtherFindsItUnchanged()
    {
        await using var store = TestStore.Create();
        await using var a = new PatientApp(store);
        await using var b = new PatientApp(store);
        var rows = Enumerable.Range(0, 3000).Select(i => ComtradeFile.Row(freq: "M", period: $"{2000 + i / 12 % 20}{i % 12 + 1:D2}", cmd: $"{2601 + i / 240}", value: $"{i + 1}.25")).ToList();
        var path = File("both.csv", rows);

        var results = await Task.WhenAll(
            Task.Run(() => a.Services.GetRequiredService<ImportService>().ImportAsync(path, "both.csv", "node a", dryRun: false)),
            Task.Run(() => b.Services.GetRequiredService<ImportService>().ImportAsync(path, "both.csv", "node b", dryRun: false)));

        Assert.All(results, r => Assert.True(r.Succeeded, string.Join("; ", r.Problems.Select(p => p.Reason))));
        Assert.Equal([0, 3000], results.Select(r => r.Summary!.Added).Order());
        Assert.Equal([0, 3000], results.Select(r => r.Summary!.Unchanged).Order());
        await using var db = await a.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();
        Assert.Equal(SeedFile.Rows().Count + 3000, await db.Figures.CountAsync());
    }

    [PostgreSqlFact]
    public async Task Import_WhileAnotherNodeHoldsTheStore_IsAnsweredBusy_AfterItsWait_AndChangesNothing()
    {
        await using var store = TestStore.Create();
        await using var holder = MineralTradeApp.Over(store);
        await using var impatient = new ImpatientApp(store);
        // Started first: a node's start-up (its migrations) waits for the store's write lock as well.
        var service = impatient.Services.GetRequiredService<ImportService>();
        var path = File("waits.csv", [ComtradeFile.Row(period: "2020", value: "5")]);
        await using var db = await holder.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>().CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await StoreWriteLock.AcquireAsync(db.Database, TimeSpan.FromSeconds(5), CancellationToken.None);
        var figures = await db.Figures.CountAsync();

        var result = await service.ImportAsync(path, "waits.csv", "test", dryRun: false);

        Assert.False(result.Succeeded);
        Assert.Contains("did not finish within 1 s", result.Busy, StringComparison.Ordinal);
        await transaction.RollbackAsync();
        Assert.Equal(figures, await db.Figures.CountAsync());
    }

    [PostgreSqlFact]
    public async Task NodeStarting_WhileAnotherMigrates_WaitsPastTheCommandTimeout_ThenTakesItsTurn()
    {
        await using var app = new MineralTradeApp();
        var factory = app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>();
        await using var migrating = await factory.CreateDbContextAsync();
        var held = await StoreWriteLock.HoldAsync(migrating.Database, TimeSpan.FromSeconds(5));
        await using var starting = await factory.CreateDbContextAsync();
        // A command timeout far shorter than the other node's migrations (on a busy machine: 30 s is not enough).
        starting.Database.SetCommandTimeout(1);

        var waiting = StoreWriteLock.HoldAsync(starting.Database, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.False(waiting.IsCompleted);
        await held.DisposeAsync();
        await (await waiting).DisposeAsync();

        Assert.Equal(1, starting.Database.GetCommandTimeout());
    }

    [PostgreSqlFact]
    public async Task NodeStarting_PastItsWait_SaysAnotherNodeHoldsTheStore()
    {
        await using var app = new MineralTradeApp();
        var factory = app.Services.GetRequiredService<IDbContextFactory<MineralTradeDbContext>>();
        await using var migrating = await factory.CreateDbContextAsync();
        await using var held = await StoreWriteLock.HoldAsync(migrating.Database, TimeSpan.FromSeconds(5));
        await using var starting = await factory.CreateDbContextAsync();

        var error = await Assert.ThrowsAsync<TimeoutException>(() => StoreWriteLock.HoldAsync(starting.Database, TimeSpan.FromSeconds(1)));

        Assert.Contains("more than 1 s", error.Message, StringComparison.Ordinal);
    }

    [PostgreSqlFact]
    public async Task MissingDatabase_IsCreatedAtStart_WhenTheRoleMay()
    {
        await using var store = TestStore.Missing();
        await using var app = MineralTradeApp.Over(store);

        var figures = await app.CreateClient().GetStringAsync("/api/figures?limit=1");

        Assert.Contains("\"reporter\"", figures, StringComparison.Ordinal);
    }

    [PostgreSqlFact]
    public async Task MissingDatabase_TheRoleMayNotCreateIt_StartStopsWithOneLineSayingWhatToDo()
    {
        await using var store = TestStore.Missing();
        var role = $"reader_{Guid.NewGuid():N}";
        TestStore.Admin($"CREATE ROLE {role} LOGIN NOCREATEDB PASSWORD 'secret'");
        try
        {
            var connection = new Npgsql.NpgsqlConnectionStringBuilder(store.ConnectionString) { Username = role, Password = "secret" };
            var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MineralTrade.Web.dll"));
            start.Environment["Database__Provider"] = "PostgreSql";
            start.Environment["ConnectionStrings__MineralTrade"] = connection.ToString();
            start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
            using var process = System.Diagnostics.Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);

            Assert.Equal(1, process.ExitCode);
            var line = Assert.Single((await error).Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains($"database \"{connection.Database}\" on {connection.Host}:{connection.Port}", line, StringComparison.Ordinal);
            Assert.Contains($"role \"{role}\" could not create it", line, StringComparison.Ordinal);
            Assert.Contains("CREATEDB", line, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", await output + await error, StringComparison.Ordinal);
        }
        finally
        {
            TestStore.Admin($"DROP ROLE IF EXISTS {role}");
        }
    }

    /// <summary>
    /// A node over a shared store that waits as long as the setting allows for the other node's import: what that takes is
    /// the machine's load (3,000 rows and their summaries took more than the default 10 s with two suites running on two
    /// cores), while what is tested is that the second import, whenever it gets the store, finds the rows there.
    /// </summary>
    private sealed class PatientApp(TestStore store) : MineralTradeApp(store, ownsStore: false)
    {
        protected override Dictionary<string, string?> Settings => new(base.Settings) { ["Import:WaitSeconds"] = "600" };
    }

    /// <summary>A node over a shared store that waits one second for the store's write lock.</summary>
    private sealed class ImpatientApp(TestStore store) : MineralTradeApp(store, ownsStore: false)
    {
        protected override Dictionary<string, string?> Settings => new(base.Settings) { ["Import:WaitSeconds"] = "1" };
    }
}
