using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;
using MineralTrade.Web.Components.Pages;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.UnitTests;

public class FigureFilterTests
{
    private static (bool Ok, FigureFilter Filter, Dictionary<string, string[]> Errors) Parse(params (string Key, string Value)[] query)
    {
        var pairs = query.GroupBy(p => p.Key).Select(g => new KeyValuePair<string, StringValues>(g.Key, g.Select(p => p.Value).ToArray()));
        var ok = FigureFilter.TryParse(pairs, out var filter, out var errors);
        return (ok, filter, errors);
    }

    [Fact]
    public void TryParse_RepeatedCategories_KeepsAll()
    {
        var (ok, filter, _) = Parse(("category", "copper"), ("category", "Zinc"), ("from", "2022"), ("period", "half-year"));

        Assert.True(ok);
        Assert.Equal(["copper", "zinc"], filter.Categories);
        Assert.Equal(2022, filter.From);
        Assert.Equal(PeriodKind.HalfYear, filter.Period);
    }

    [Theory]
    [InlineData("category", "gold")]
    [InlineData("from", "abc")]
    [InlineData("to", "20255")]
    [InlineData("period", "weekly")]
    [InlineData("hs", "74a")]
    [InlineData("exporter", "Pakistan")]
    [InlineData("reporter", "CN GACC")]
    public void TryParse_BadValue_NamesTheParameter(string key, string value)
    {
        var (ok, _, errors) = Parse((key, value));

        Assert.False(ok);
        Assert.Contains("Allowed", Assert.Single(errors[key]));
    }

    [Fact]
    public void TryParse_FromAfterTo_IsRejected()
    {
        var (ok, _, errors) = Parse(("from", "2025"), ("to", "2020"));

        Assert.False(ok);
        Assert.Contains("from", errors.Keys);
    }

    [Fact]
    public void ToQueryString_RoundTrips()
    {
        var (_, filter, _) = Parse(("category", "copper"), ("category", "zinc"), ("reporter", "CN-GACC"), ("from", "2022"), ("to", "2025"), ("period", "annual"));

        var (ok, again, _) = Parse(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(filter.ToQueryString())
            .SelectMany(p => p.Value.Select(v => (p.Key, v!))).ToArray());

        Assert.True(ok);
        Assert.Equal(filter.ToQueryString(), again.ToQueryString());
        Assert.Equal("category=copper&category=zinc&reporter=CN-GACC&from=2022&to=2025&period=annual", filter.ToQueryString());
    }

    [Fact]
    public void FilterParameters_AreTheNamesTheApiAndThePagesBind_AndTheQueryStringWrites()
    {
        var api = typeof(FigureQuery).GetConstructors().Single().GetParameters()
            .Select(p => p.GetCustomAttributes(typeof(FromQueryAttribute), false).Cast<FromQueryAttribute>().Single().Name);
        var pages = typeof(DashboardPage<>).GetProperties()
            .Select(p => p.GetCustomAttributes(typeof(SupplyParameterFromQueryAttribute), false).Cast<SupplyParameterFromQueryAttribute>().SingleOrDefault()?.Name)
            .OfType<string>();
        var everything = new FigureFilter
        {
            Categories = ["copper"], HsCodes = ["74"], Reporters = ["CN-GACC"], Exporter = "PK", Importer = "CN", From = 2020, To = 2025, Period = PeriodKind.Annual,
        };
        var written = everything.ToQueryString().Split('&').Select(p => p.Split('=')[0]);

        Assert.Equal(FilterParameter.All, api);
        // The pages bind the figures list's sort too, under the name the API's lists take it by.
        Assert.Equal([.. FilterParameter.All, FigureOrder.Parameter], pages);
        Assert.Equal(FigureOrder.Parameter, typeof(SortQuery).GetConstructors().Single().GetParameters().Single()
            .GetCustomAttributes(typeof(FromQueryAttribute), false).Cast<FromQueryAttribute>().Single().Name);
        Assert.Equal(FilterParameter.All, written);
        Assert.Equal(everything.ToQueryString(), RoundTrip(everything).ToQueryString());
    }

    [Fact]
    public void EveryFilterParameter_IsReadByTheParser()
    {
        Assert.All(FilterParameter.All, name => Assert.Contains(name, Parse((name, "<not a value>")).Errors.Keys));
    }

    private static FigureFilter RoundTrip(FigureFilter filter)
    {
        var pairs = filter.ToQueryString().Split('&').Select(p => p.Split('=')).Select(p => (p[0], Uri.UnescapeDataString(p[1]))).ToArray();
        var (ok, parsed, _) = Parse(pairs);
        Assert.True(ok);
        return parsed;
    }

    [Fact]
    public void Hs_WithAStar_IsTheCodeAndEveryCodeInside_AndWritesBackTheSame()
    {
        Assert.True(FigureFilter.TryParse([new("hs", new(["74*", "2603"]))], out var filter, out _));

        Assert.Equal(["2603"], filter.HsCodes);
        Assert.Equal(["74"], filter.HsCodesWithInside);
        Assert.Equal("hs=2603&hs=74*", filter.ToQueryString());
    }
}
