using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Primitives;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Components.Pages;

/// <summary>
/// A page whose state is the URL's query string, in the API's parameter names: it parses the filter with
/// <see cref="FigureFilter.TryParse"/>, loads its data once per filter, and hands what prerendering loaded over to the
/// interactive render, so the database is not read twice for one page view.
/// </summary>
public abstract class DashboardPage<TData> : ComponentBase, IDisposable where TData : class
{
    [SupplyParameterFromQuery(Name = "category")] public string[]? Category { get; set; }
    [SupplyParameterFromQuery(Name = "hs")] public string[]? Hs { get; set; }
    [SupplyParameterFromQuery(Name = "reporter")] public string[]? Reporter { get; set; }
    [SupplyParameterFromQuery(Name = "exporter")] public string[]? Exporter { get; set; }
    [SupplyParameterFromQuery(Name = "importer")] public string[]? Importer { get; set; }
    [SupplyParameterFromQuery(Name = "from")] public string[]? From { get; set; }
    [SupplyParameterFromQuery(Name = "to")] public string[]? To { get; set; }
    [SupplyParameterFromQuery(Name = "period")] public string[]? PeriodKind { get; set; }

    [Inject] private PersistentComponentState State { get; set; } = default!;

    private PersistingComponentStateSubscription _persisting;
    private string? _loadedQuery;

    protected FigureFilter Filter { get; private set; } = FigureFilter.All;

    /// <summary>Per parameter, what is wrong with it; empty when the query string is valid.</summary>
    protected IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    protected TData? Data { get; private set; }

    /// <summary>False for a page that shows the whole store whatever the query string says.</summary>
    protected virtual bool UsesFilter => true;

    protected abstract Task<TData> LoadAsync(FigureFilter filter);

    protected override void OnInitialized() => _persisting = State.RegisterOnPersisting(Persist);

    protected override async Task OnParametersSetAsync()
    {
        if (UsesFilter)
        {
            if (!FigureFilter.TryParse(Query(), out var filter, out var errors))
            {
                Errors = errors;
                Data = null;
                _loadedQuery = null;
                return;
            }
            Filter = filter;
            Errors = new Dictionary<string, string[]>();
        }
        var query = Filter.ToQueryString();
        if (Data is not null && query == _loadedQuery)
        {
            return;
        }
        Data = State.TryTakeFromJson<Persisted>(StateKey, out var persisted) && persisted?.Query == query
            ? persisted.Data
            : await LoadAsync(Filter);
        _loadedQuery = query;
    }

    private string StateKey => GetType().Name;

    private IEnumerable<KeyValuePair<string, StringValues>> Query() =>
    [
        new("category", Category), new("hs", Hs), new("reporter", Reporter), new("exporter", Exporter),
        new("importer", Importer), new("from", From), new("to", To), new("period", PeriodKind),
    ];

    private Task Persist()
    {
        if (Data is not null && _loadedQuery is not null)
        {
            State.PersistAsJson(StateKey, new Persisted(_loadedQuery, Data));
        }
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _persisting.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>What prerendering loaded, and for which query string.</summary>
    public sealed record Persisted(string Query, TData Data);
}
