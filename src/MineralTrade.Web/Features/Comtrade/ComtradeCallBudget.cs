using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MineralTrade.Web.Data;

namespace MineralTrade.Web.Features.Comtrade;

/// <summary>
/// The daily call budget (<c>Comtrade:DailyCalls</c>, a UTC day) and the pause between calls. The count is in the
/// store, so that every node and every run spends from the same budget, and each call takes one unit atomically (a
/// conditional UPDATE) before it is made.
/// </summary>
public sealed class ComtradeCallBudget(IDbContextFactory<MineralTradeDbContext> dbFactory, IOptions<ComtradeOptions> options, TimeProvider time)
{
    private readonly SemaphoreSlim _pace = new(1, 1);
    private long _lastCall;

    /// <summary>Takes one call of today's budget, after the pause since the last call; false when today's is spent.</summary>
    public async Task<bool> TrySpendAsync(CancellationToken cancellationToken)
    {
        await _pace.WaitAsync(cancellationToken);
        try
        {
            var pause = TimeSpan.FromMilliseconds(options.Value.PauseMilliseconds) - Stopwatch.GetElapsedTime(_lastCall);
            if (_lastCall != 0 && pause > TimeSpan.Zero)
            {
                await Task.Delay(pause, cancellationToken);
            }
            var day = Today;
            var max = options.Value.DailyCalls;
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"ComtradeCallDays\" (\"Day\", \"Calls\") VALUES ({day}, 0) ON CONFLICT (\"Day\") DO NOTHING", cancellationToken);
            var taken = await db.Database.ExecuteSqlAsync(
                $"UPDATE \"ComtradeCallDays\" SET \"Calls\" = \"Calls\" + 1 WHERE \"Day\" = {day} AND \"Calls\" < {max}", cancellationToken);
            if (taken == 1)
            {
                _lastCall = Stopwatch.GetTimestamp();
            }
            return taken == 1;
        }
        finally
        {
            _pace.Release();
        }
    }

    /// <summary>The calls made today, by every node.</summary>
    public async Task<int> SpentTodayAsync(CancellationToken cancellationToken = default)
    {
        var day = Today;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ComtradeCallDays.Where(d => d.Day == day).Select(d => d.Calls).SingleOrDefaultAsync(cancellationToken);
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
