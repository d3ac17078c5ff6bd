using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MineralTrade.Web.Components.Pages;
using MineralTrade.Web.Components.Shared;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.ComponentTests;

/// <summary>While the circuit loads a new view, the previous view's figures are said to be the previous view's.</summary>
public sealed class UpdatingNoteTests : SeededStore
{
    [Fact]
    public void ANewFilter_WhileItLoads_ThePageSaysItShowsThePreviousView()
    {
        var page = RenderAt<SlowPage>("/?category=zinc", "#data");
        Assert.Empty(page.FindAll("[data-testid='updating']"));

        var load = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Instance.Next = load.Task;
        GoTo("/?category=copper");
        page.WaitForState(() => page.FindAll("[data-testid='updating']").Count > 0, TimeSpan.FromSeconds(15));
        Assert.Contains("zinc", page.Find("#data").TextContent, StringComparison.Ordinal);

        load.SetResult("copper");
        page.WaitForState(() => page.FindAll("[data-testid='updating']").Count == 0, TimeSpan.FromSeconds(15));
        Assert.Contains("copper", page.Find("#data").TextContent, StringComparison.Ordinal);
    }

    /// <summary>A page whose loads finish when the test says (the first at once).</summary>
    private sealed class SlowPage : DashboardPage<string>
    {
        public Task<string>? Next { get; set; }

        protected override Task<string> LoadAsync(FigureFilter filter, CancellationToken cancellationToken) =>
            Next ?? Task.FromResult(string.Join(",", filter.Categories));

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<UpdatingNote>(0);
            builder.AddComponentParameter(1, nameof(UpdatingNote.Updating), Updating);
            builder.CloseComponent();
            builder.AddMarkupContent(2, $"<p id=\"data\">{Data}</p>");
        }
    }
}
