using System.Text.Json;
using MineralTrade.Web.Components.Charts;

namespace MineralTrade.ComponentTests;

public sealed class ApexChartTests : BunitContext
{
    private const string ModulePath = "./Components/Charts/ApexChart.razor.js";

    private static readonly int[] s_points = [1, 2];

    private readonly BunitJSModuleInterop _module;

    public ApexChartTests()
    {
        _module = JSInterop.SetupModule(ModulePath);
        _module.SetupVoid("create", _ => true).SetVoidResult();
        _module.SetupVoid("update", _ => true).SetVoidResult();
    }

    private IRenderedComponent<ApexChart> RenderChart(object options) =>
        Render<ApexChart>(p => p.Add(c => c.Options, options).Add(c => c.Label, "A chart of test values"));

    [Fact]
    public void FirstRender_ImportsTheModuleAndCreatesTheChart_WithCamelCaseOptionsAndNoNulls()
    {
        var chart = RenderChart(new { Chart = new { Type = "bar", Stacked = (bool?)null }, Series = new[] { new { Name = "s", Data = s_points } } });

        var create = _module.VerifyInvoke("create");
        Assert.Equal(1, JSInterop.Invocations.Count(i => i.Identifier == "import"));
        create.Arguments[0].ShouldBeElementReferenceTo(chart.Find("div.apex-chart"));
        using var options = JsonDocument.Parse((string)create.Arguments[1]!);
        Assert.Equal("bar", options.RootElement.GetProperty("chart").GetProperty("type").GetString());
        Assert.False(options.RootElement.GetProperty("chart").TryGetProperty("stacked", out _));
        Assert.Equal("s", options.RootElement.GetProperty("series")[0].GetProperty("name").GetString());
        Assert.Equal("A chart of test values", chart.Find("div.apex-chart").GetAttribute("aria-label"));
        _module.VerifyNotInvoke("update");
    }

    [Fact]
    public void ChangedOptions_UpdateTheChart_WithoutCreatingItAgain()
    {
        var chart = RenderChart(new { yaxis = new { logarithmic = false } });

        chart.Render(p => p.Add(c => c.Options, new { yaxis = new { logarithmic = true } }));

        _module.VerifyInvoke("create", calledTimes: 1);
        var update = _module.VerifyInvoke("update", calledTimes: 1);
        Assert.Contains("\"logarithmic\":true", (string)update[0].Arguments[1]!, StringComparison.Ordinal);
    }

    [Fact]
    public void SameOptionsAgain_SendNothing()
    {
        var chart = RenderChart(new { yaxis = new { logarithmic = false } });

        chart.Render(p => p.Add(c => c.Options, new { yaxis = new { logarithmic = false } }));

        _module.VerifyInvoke("create", calledTimes: 1);
        _module.VerifyNotInvoke("update");
    }

    [Fact]
    public async Task Dispose_DestroysTheChart()
    {
        _module.SetupVoid("destroy", _ => true).SetVoidResult();
        var chart = RenderChart(new { chart = new { type = "line" } });
        var element = chart.Find("div.apex-chart");

        await DisposeComponentsAsync();

        var destroy = _module.VerifyInvoke("destroy");
        destroy.Arguments[0].ShouldBeElementReferenceTo(element);
    }

    [Fact]
    public async Task Dispose_AfterTheCircuitIsGone_DoesNotThrow()
    {
        // Fails as a call over a closed circuit does.
        _module.SetupVoid("destroy", _ => true).SetException(new Microsoft.JSInterop.JSDisconnectedException("gone"));
        var chart = RenderChart(new { chart = new { type = "line" } });

        // Called directly: the renderer would not pass an exception from DisposeAsync on to the test.
        var exception = await Record.ExceptionAsync(() => chart.Instance.DisposeAsync().AsTask());

        Assert.Null(exception);
        _module.VerifyInvoke("destroy");
    }
}
