using MineralTrade.Tests;
using MineralTrade.Web.Features.Imports;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// The <c>import</c> command, in-process against the application's services and database, and as a process. Run alone
/// (not beside other test classes): the kill test must catch a process in the middle of its write.
/// </summary>
[Collection(nameof(ImportCommandTests))]
public sealed class ImportCommandTests : IAsyncLifetime
{
    private readonly ImportApp _app = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("mineraltrade-cli-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private string File(string name, byte[] content)
    {
        var path = Path.Combine(_directory, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ImportCommand.RunAsync(_app.Services, args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static byte[] GoodFile() => ComtradeFile.Bytes(
    [
        ComtradeFile.Row(reporter: "PAK", flow: "X", partner: "W00", period: "2024", cmd: "TOTAL", value: "2222.5"),
        ComtradeFile.Row(reporter: "PAK", flow: "DX", partner: "W00", period: "2024", cmd: "TOTAL", value: "1"),
    ]);

    [Fact]
    public async Task Import_GoodFile_ExitsZeroAndPrintsTheSummary()
    {
        var path = File("pk-world.csv", GoodFile());

        var (exit, output, error) = await RunAsync(path);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("pk-world.csv (comtrade", output);
        Assert.Contains("1 row: 1 added, 0 changed, 0 unchanged; 1 skipped", output);
        Assert.Contains("skipped 1: flow DX (domestic export)", output);
        var history = await _app.CreateClient().GetStringAsync("/api/imports");
        Assert.Contains("\"importedBy\":\"cli\"", history);
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondChangesNothing()
    {
        var path = File("pk-world.csv", GoodFile());
        await RunAsync(path);
        var before = await _app.SnapshotAsync();

        var (exit, output, _) = await RunAsync(path);

        Assert.Equal(0, exit);
        Assert.Contains("no change: every figure is already stored as the file gives it", output);
        Assert.Contains("0 added, 0 changed, 1 unchanged", output);
        Assert.Equal(before, await _app.SnapshotAsync());
    }

    [Fact]
    public async Task Import_DryRun_WritesNothing()
    {
        var before = await _app.SnapshotAsync();

        var (exit, output, _) = await RunAsync(File("pk-world.csv", GoodFile()), "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("dry run, nothing written", output);
        Assert.Contains("1 added", output);
        Assert.Equal(before, await _app.SnapshotAsync());
    }

    [Fact]
    public async Task Import_BadFile_ExitsOneWithLineColumnAndReason()
    {
        var rows = new List<Dictionary<string, string>> { ComtradeFile.Row(), ComtradeFile.Row(period: "2023", value: "abc") };
        var before = await _app.SnapshotAsync();

        var (exit, output, error) = await RunAsync(File("bad.csv", ComtradeFile.Bytes(rows)));

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("not imported: 1 problem; the store is unchanged", error);
        Assert.Contains("bad.csv: line 3, column primaryValue: 'abc' is not a number", error);
        Assert.Equal(before, await _app.SnapshotAsync());
    }

    [Theory]
    [InlineData]
    [InlineData("--dry-run")]
    [InlineData("a.csv", "b.csv")]
    public async Task Import_WrongArguments_ExitsTwoWithUsage(params string[] args)
    {
        var (exit, _, error) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("usage: import", error);
    }

    [Fact]
    public async Task Import_MissingFile_ExitsTwo()
    {
        var (exit, _, error) = await RunAsync(Path.Combine(_directory, "nowhere.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("no such file", error);
    }

    [Fact]
    public async Task Process_ImportCommand_ExitCodesAndMessages()
    {
        await using var store = TestStore.Create();
        var database = store.Settings;
        var good = File("good.csv", GoodFile());
        var bad = File("bad.csv", ComtradeFile.Bytes([ComtradeFile.Row(freq: "M", period: "2024")]));

        var first = await AppProcess.RunAsync(database, "import", good);
        var second = await AppProcess.RunAsync(database, "import", bad);

        Assert.True(first.Exit == 0, first.Error);
        Assert.Contains("1 added", first.Output);
        Assert.Equal(1, second.Exit);
        Assert.Contains("bad.csv: line 2, column period: '2024' is not a month as YYYYMM (freqCode M)", second.Error);
    }

    // Times the kill by SQLite's write-ahead log; on PostgreSQL an interrupted transaction is the server's to undo.
    [SqliteFact]
    public async Task Process_KilledDuringTheWrite_LeavesTheStoreAsItWas()
    {
        var database = Path.Combine(_directory, "killed.db");
        Assert.Equal(0, (await AppProcess.RunAsync(SqliteFile(database), "import", File("good.csv", GoodFile()))).Exit);
        var before = Count(database);
        long Wal() => System.IO.File.Exists(database + "-wal") ? new FileInfo(database + "-wal").Length : 0;
        var wal = Wal();
        // 200,000 distinct made-up figures: long enough to be caught writing.
        var big = Path.Combine(_directory, "big.csv");
        await ComtradeFile.WriteManyAsync(big, 200_000);

        using var process = AppProcess.Start(SqliteFile(database), "import", big);
        // The figures are written at the end, into the write-ahead log: kill the process while the log grows.
        // On a loaded machine the import reads and stages for minutes before it writes (seen: 96 s at a load of 50).
        var deadline = DateTime.UtcNow.AddMinutes(5);
        // A blocking wait: a busy thread pool (the other tests) must not make this loop miss the moment.
        while (!process.HasExited && Wal() < wal + (4 << 20) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(5);
        }
        if (process.HasExited)
        {
            Assert.Fail($"the import ended before it could be killed (exit {process.ExitCode}, WAL {Wal()} bytes): "
                + await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync());
        }
        Assert.True(Wal() >= wal + (4 << 20), "the import was not writing yet");
        process.Kill();
        await process.WaitForExitAsync();

        Assert.Equal(before, Count(database));
    }

    private static (long Figures, long Imports) Count(string database)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM Figures), (SELECT COUNT(*) FROM Imports)";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static Dictionary<string, string?> SqliteFile(string path) => new() { ["ConnectionStrings:MineralTrade"] = $"Data Source={path}" };
}

[CollectionDefinition(nameof(ImportCommandTests), DisableParallelization = true)]
public sealed class ImportCommandTestsCollection;
