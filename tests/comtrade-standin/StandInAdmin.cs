using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MineralTrade.ComtradeStandIn;

/// <summary>
/// Endpoints to drive a stand-in run by hand (README.md here): publish a new month, re-release a period with a value
/// revised or removed, queue a fault, list the calls received. Not part of the real API.
/// </summary>
public static class StandInAdmin
{
    public static void Map(WebApplication app, StandIn standIn)
    {
        var admin = app.MapGroup("/standin");
        admin.MapPost("/publish", (string freq, int reporter, int period) =>
        {
            standIn.Book.Publish(freq.ToUpperInvariant(), reporter, period, Today());
            return Results.Text($"released {freq} {reporter} {period} on {Today():yyyy-MM-dd}\n");
        });
        admin.MapPost("/revise", (string freq, int reporter, int period, int partner, string cmd, decimal? value) =>
        {
            standIn.Book.Publish(freq.ToUpperInvariant(), reporter, period, Today(), [((Book.FlowOf(reporter), partner, cmd.ToUpperInvariant()), value)]);
            return Results.Text($"re-released {freq} {reporter} {period} on {Today():yyyy-MM-dd}: {cmd} with {partner} {(value is null ? "removed" : $"now {value}")}\n");
        });
        admin.MapPost("/fault", (FaultKind kind, string? path, int? period, int? reporter, int? times, int? status, double? seconds, int? bytes, string? message) =>
        {
            standIn.Faults.Add(new Fault
            {
                Kind = kind, Path = path, Period = period, Reporter = reporter, Times = times ?? 1, Status = status ?? 503, Seconds = seconds ?? 1, Bytes = bytes ?? 200,
                Message = message ?? "Service temporarily unavailable",
            });
            return Results.Text($"queued {kind}\n");
        });
        admin.MapGet("/requests", () => Results.Text(string.Join('\n', standIn.Requests.Select(r =>
            $"{r.At:HH:mm:ss} {r.Path}{r.Query} key-header={r.KeyHeader} key-in-query={r.KeyInQuery}")) + "\n"));
    }

    private static DateTime Today() => DateTime.SpecifyKind(DateTime.UtcNow.Date, DateTimeKind.Utc);
}
