using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using MineralTrade.Tests;

namespace MineralTrade.IntegrationTests;

/// <summary>
/// Imports when the store is busy (issue 10 item 6): one import at a time in the process, a bounded wait, and a
/// problem+json answer with Retry-After when the wait runs out, never an HTML 500 after SQLite's own 30 seconds.
/// </summary>
public class ImportBusyTests
{
    private static readonly Dictionary<string, string?> s_shortWait = new() { ["Import:WaitSeconds"] = "2" };

    private static byte[] File(string year = "2024") => ComtradeFile.Bytes([ComtradeFile.Row(period: year, value: "77.5")]);

    /// <summary>Another process's writer: a connection of its own that holds SQLite's write lock until disposed.</summary>
    private static async Task<SqliteConnection> HoldWriteLockAsync(ImportApp app)
    {
        await app.SnapshotAsync(); // started, migrated and seeded first
        var connection = new SqliteConnection(app.Store.ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE;";
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task AssertBusyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
    }

    [SqliteFact]
    public async Task Post_WhileAnotherProcessHoldsTheWriteLock_Gets503ProblemJsonWithRetryAfter_AndChangesNothing()
    {
        await using var app = new ImportApp(settings: s_shortWait);
        var before = await app.SnapshotAsync();
        HttpResponseMessage response;
        await using (await HoldWriteLockAsync(app))
        {
            response = await app.PostAsync(File());
        }

        await AssertBusyAsync(response);
        Assert.Equal(before, await app.SnapshotAsync());
        // Once the other writer is done, the same file goes in.
        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync(File())).StatusCode);
    }

    [SqliteFact]
    public async Task Post_BehindAnImportThatWaits_WaitsItsTurnForABoundedTime_Then503()
    {
        await using var app = new ImportApp(settings: s_shortWait);
        HttpResponseMessage first, second;
        TimeSpan secondTook;
        await using (await HoldWriteLockAsync(app))
        {
            var running = app.PostAsync(File("2023"));
            // The first holds the process's turn while it waits for the store; the second waits for its turn, then for the store.
            await Task.Delay(300);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            second = await app.PostAsync(File("2022"));
            secondTook = clock.Elapsed;
            first = await running;
        }

        await AssertBusyAsync(first);
        await AssertBusyAsync(second);
        // At most one wait for its turn and one for the lock (2 s each here), where SQLite alone waits 30 s per import.
        Assert.True(secondTook < TimeSpan.FromSeconds(20), $"the second import waited {secondTook}");
    }

    [SqliteFact]
    public async Task Post_WhileAnotherImportRuns_WaitsItsTurn_ThenImports()
    {
        await using var app = new ImportApp(settings: new() { ["Import:WaitSeconds"] = "30" });
        Task<HttpResponseMessage> first, second;
        await using (await HoldWriteLockAsync(app))
        {
            first = app.PostAsync(File("2023"));
            second = app.PostAsync(File("2022"));
            await Task.Delay(500);
        }

        foreach (var response in new[] { await first, await second })
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }
        using var history = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/imports"));
        Assert.Equal(2, history.RootElement.EnumerateArray().Count(i => i.GetProperty("importedBy").GetString() == "api:" + ImportApp.KeyName));
    }
}
