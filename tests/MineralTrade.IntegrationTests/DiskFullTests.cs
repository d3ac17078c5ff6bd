using System.Net;
using System.Text.Json;
using MineralTrade.Tests;
using MineralTrade.Web.Infrastructure;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// A full disk gets what it is on every path (docs/operations.md): the API 507 problem+json naming no path of the
/// server's, the command line exit 4 and one line; nothing half-written, the site serves on, and the next import after
/// space is freed goes in. On small tmpfs mounts (<see cref="SmallDisk"/>).
/// </summary>
public sealed class DiskFullTests : IAsyncLifetime
{
    private const int Rows = 40_000;

    private readonly string _directory = Directory.CreateTempSubdirectory("mineraltrade-disk-full-").FullName;

    private string Big => Path.Combine(_directory, "big.csv");

    public async Task InitializeAsync() => await ComtradeFile.WriteManyAsync(Big, Rows);

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    private static Dictionary<string, string?> StoreOn(SmallDisk disk) => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:MineralTrade"] = $"Data Source={Path.Combine(disk.Path, "store.db")}",
    };

    [SmallDiskFact]
    public async Task Api_ImportOntoAFullDisk_Is507WithoutPaths_TheSiteServesOn_AndTheNextImportGoesIn()
    {
        using var disk = SmallDisk.Mount(12);
        await using var app = new ImportApp(settings: new(StoreOn(disk)) { ["Import:MaxBytes"] = "100000000" });
        var before = await app.SnapshotAsync();
        var file = await File.ReadAllBytesAsync(Big);

        using var full = await app.PostAsync(file, "?fileName=big.csv");

        await AssertInsufficientStorageAsync(full, disk);
        Assert.Equal(before, await app.SnapshotAsync());
        disk.Grow(300);
        using var freed = await app.PostAsync(file, "?fileName=big.csv");
        Assert.Equal(HttpStatusCode.OK, freed.StatusCode);
        using var summary = JsonDocument.Parse(await freed.Content.ReadAsStringAsync());
        Assert.Equal(Rows, summary.RootElement.GetProperty("added").GetInt32());
    }

    [SmallDiskFact]
    public async Task Api_UploadIntoAFullSpool_Is507WithoutPaths_AndLeavesNoFile()
    {
        using var disk = SmallDisk.Mount(1);
        await using var app = new ImportApp(settings: new() { ["Import:SpoolDirectory"] = disk.Path, ["Import:MaxBytes"] = "100000000" });
        var before = await app.SnapshotAsync();

        using var full = await app.PostAsync(await File.ReadAllBytesAsync(Big), "?fileName=big.csv");

        await AssertInsufficientStorageAsync(full, disk);
        Assert.Empty(Directory.GetFiles(disk.Path));
        Assert.Equal(before, await app.SnapshotAsync());
        using var small = await app.PostAsync(ComtradeFile.Bytes([ComtradeFile.Row(period: "2019", value: "19.5")]), "?fileName=small.csv");
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    [SmallDiskFact]
    public async Task Process_ImportOntoAFullDisk_ExitsFourWithOneLine_AndTheNextImportGoesIn()
    {
        using var disk = SmallDisk.Mount(12);
        var small = Path.Combine(_directory, "small.csv");
        await File.WriteAllBytesAsync(small, ComtradeFile.Bytes([ComtradeFile.Row(period: "2019", value: "19.5")]));
        Assert.Equal(0, (await AppProcess.RunAsync(StoreOn(disk), "import", small)).Exit);
        var before = BackupTests.Count(Path.Combine(disk.Path, "store.db"));

        var (exit, output, error) = await AppProcess.RunAsync(StoreOn(disk), TimeSpan.FromMinutes(5), "import", Big);

        Assert.Equal(CommandLine.Exit.Storage, exit);
        Assert.Empty(output);
        Assert.Equal("import: the disk is full; nothing was changed.\n", error);
        Assert.Equal(before, BackupTests.Count(Path.Combine(disk.Path, "store.db")));
        disk.Grow(300);
        Assert.Equal(0, (await AppProcess.RunAsync(StoreOn(disk), TimeSpan.FromMinutes(5), "import", Big)).Exit);
    }

    [SmallDiskFact]
    public async Task Process_BackupOntoAFullDisk_ExitsFour_AndLeavesNoPartialFile()
    {
        using var disk = SmallDisk.Mount(1);
        await using var app = new ImportApp(settings: new() { ["Import:MaxBytes"] = "100000000" });
        using var imported = await app.PostAsync(await File.ReadAllBytesAsync(Big), "?fileName=big.csv");
        imported.EnsureSuccessStatusCode();

        var (exit, output, error) = await AppProcess.RunAsync(app.Store.Settings, TimeSpan.FromMinutes(3), "backup", disk.Path);

        Assert.Equal(CommandLine.Exit.Storage, exit);
        Assert.Empty(output);
        Assert.Equal("backup: the disk is full; nothing was changed.\n", error);
        Assert.Empty(Directory.GetFileSystemEntries(disk.Path));
    }

    private static async Task AssertInsufficientStorageAsync(HttpResponseMessage response, SmallDisk disk)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.InsufficientStorage, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Contains("the disk is full", problem.RootElement.GetProperty("detail").GetString());
        Assert.DoesNotContain(disk.Path, body);
        Assert.DoesNotContain("/tmp", body);
    }
}
