using MineralTrade.Web.Features.Dashboard;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

/// <summary>
/// The overview is built once (issue 21): its lists ask for the products they name, which are read afterwards and
/// filled in; a list's texts are made when read, so they carry the names read after the build.
/// </summary>
public sealed class PartNamesTests
{
    private static readonly TotalPart[] s_parts =
        [.. Enumerable.Range(1, 8).Select(i => new TotalPart(i, $"74{i:00}", 1_000m * i, Qualifier.Exact, Stage.Metal, "GACC"))];

    [Fact]
    public void List_BeforeTheNamesAreRead_AsksForTheListedOnly_AndShowsTheNamesFilledInAfterwards()
    {
        var names = new PartNames(new Dictionary<int, string>());

        var listed = names.List(s_parts);

        Assert.Equal([1, 2, 3, 4, 5, 6], names.Asked.Order());
        Assert.Equal(8, listed.Count);
        names.Fill(s_parts.ToDictionary(p => p.Id, p => $"product <{p.Id}>"));
        Assert.StartsWith("7401 product <1>: ", listed.Items[0]);
        Assert.StartsWith("7406 product <6>: ", listed.Items[^1]);
        Assert.EndsWith("; and 2 more", listed.Text);
    }

    [Fact]
    public void List_OfFigures_KnowsEveryName_AndAsksForNone()
    {
        var names = new PartNames(s_parts.ToDictionary(p => p.Id, p => $"known {p.Id}"));

        var listed = names.List(s_parts, max: 2);

        Assert.Empty(names.Asked);
        Assert.Equal(["7401 known 1: " + Money.Usd(1_000m, Qualifier.Exact), "7402 known 2: " + Money.Usd(2_000m, Qualifier.Exact)], listed.Items);
    }
}
