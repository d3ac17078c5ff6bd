using System.Text;
using Microsoft.EntityFrameworkCore;
using MineralTrade.ComtradeStandIn;
using MineralTrade.Web.Features.Comtrade;

namespace MineralTrade.IntegrationTests.Comtrade;

/// <summary>The subscription key travels as a header and nowhere else: not a log line, the history, a page, an error or the store.</summary>
public sealed class FetchKeyTests
{
    [Fact]
    public async Task Key_IsSentAsTheHeaderOnly_AndIsNowhereInLogsHistoryPagesErrorsOrTheStore()
    {
        await using var h = await FetchHarness.StartAsync();
        h.StandIn.Faults.Add(new Fault { Kind = FaultKind.Status, Status = 500, Path = "data/v1/get/", Period = 202602, Times = 10, Message = "boom" });
        h.StandIn.Faults.Add(new Fault { Kind = FaultKind.TooManyRequests, Path = "data/v1/getDa/", Seconds = 1 });

        var report = await h.FetchAsync();
        h.StandIn.Faults.Clear();
        await h.FetchAsync();

        Assert.All(h.StandIn.Requests, r => Assert.True(r.KeyHeader && !r.KeyInQuery, r.Path + r.Query));
        Assert.DoesNotContain(FetchHarness.Key, report.Describe(), StringComparison.Ordinal);
        Assert.NotEmpty(h.Logs);
        Assert.DoesNotContain(h.Logs, l => l.Contains(FetchHarness.Key, StringComparison.Ordinal));
        var client = h.App.CreateClient();
        foreach (var page in new[] { "/api/imports", "/about", "/figures", "/api/figures.csv" })
        {
            Assert.DoesNotContain(FetchHarness.Key, await client.GetStringAsync(page), StringComparison.Ordinal);
        }
        // Every text the store holds, table by table.
        var texts = await h.App.QueryAsync(async db =>
        {
            var all = new StringBuilder();
            all.AppendJoin('\n', await db.Figures.Select(f => f.SourceUrl + f.Note + f.Product).ToListAsync());
            all.AppendJoin('\n', await db.Imports.Select(i => i.FileName + i.ImportedBy).ToListAsync());
            all.AppendJoin('\n', await db.FetchRuns.Select(r => r.Message + r.RunBy).ToListAsync());
            all.AppendJoin('\n', await db.FetchRequests.Select(r => r.Url + r.Problem).ToListAsync());
            all.AppendJoin('\n', await db.FetchLeases.Select(l => l.Holder).ToListAsync());
            all.AppendJoin('\n', await db.FigureVintages.Select(v => v.SourceUrl + v.Note).ToListAsync());
            return all.ToString();
        });
        Assert.Contains("data/v1/get/C/M/HS?reportercode=156", texts, StringComparison.Ordinal);
        Assert.DoesNotContain(FetchHarness.Key, texts, StringComparison.Ordinal);
        if (h.App.Store.Provider == Web.Data.DatabaseProvider.Sqlite)
        {
            // And not in the database file's bytes, whatever table or index may hold them.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(h.App.Store.ConnectionString).DataSource;
            foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
            {
                Assert.DoesNotContain(FetchHarness.Key, Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file)), StringComparison.Ordinal);
            }
        }
    }
}
