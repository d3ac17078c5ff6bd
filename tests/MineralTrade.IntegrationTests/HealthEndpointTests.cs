using System.Net;

namespace MineralTrade.IntegrationTests;

public class HealthEndpointTests(MineralTradeApp app) : IClassFixture<MineralTradeApp>
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    public async Task MigratedStore_IsLiveAndReady(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StoreWithoutItsMigrations_IsNotReady_ButStillLive()
    {
        // Nothing migrates the fresh file: the process answers, but it cannot serve figures.
        await using var unmigrated = new KestrelApp(new() { ["Database:MigrateOnStartup"] = "false" });
        using var balancer = unmigrated.ClientFrom("127.0.0.2");

        var ready = await balancer.GetAsync("/health/ready");
        var live = await balancer.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
