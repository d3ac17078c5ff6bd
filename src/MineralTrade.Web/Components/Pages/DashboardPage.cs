using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using MineralTrade.Web.Data;
using MineralTrade.Web.Features.Figures;
using MineralTrade.Web.Features.Languages;
using MineralTrade.Web.Infrastructure;

namespace MineralTrade.Web.Components.Pages;

/// <summary>
/// A page whose state is the URL's query string, in the API's parameter names: it parses the filter with
/// <see cref="FigureFilter.TryParse"/>, loads its data once per filter, and hands what prerendering loaded over to the
/// interactive render through a short-lived server-side cache, so the database is not read twice for one page view
/// (docs/decisions/0013-prerendered-data-handover.md says why not PersistentComponentState).
/// </summary>
public abstract class DashboardPage<TData> : ComponentBase where TData : class
{
    [SupplyParameterFromQuery(Name = FilterParameter.Category)] public string[]? Category { get; set; }
    [SupplyParameterFromQuery(Name = FilterParameter.Hs)] public string[]? Hs { get; set; }
    [SupplyParameterFromQuery(Name = FilterParameter.Reporter)] public string[]? Reporter { get; set; }
    [SupplyParameterFromQuery(Name = FilterParameter.Exporter)] public string[]? Exporter { get; set; }
    [SupplyParameterFromQuery(Name = FilterParameter.Importer)] public string[]? Importer { get; set; }
    [SupplyParameterFromQuery(Name = FilterParameter.From)] public string[]? From { get; set; }
    [SupplyParameterFromQuery(Name = FilterParameter.To)] public string[]? To { get; set; }
    [SupplyParameterFromQuery(Name = FilterParameter.Period)] public string[]? PeriodKind { get; set; }
    [SupplyParameterFromQuery(Name = FigureOrder.Parameter)] public string? Sort { get; set; }

    /// <summary>Long enough for the browser to open the circuit after the prerendered page arrives.</summary>
    public static readonly TimeSpan HandoverTime = TimeSpan.FromSeconds(30);

    [Inject] private IMemoryCache Cache { get; set; } = default!;

    [Inject] private IDbContextFactory<MineralTradeDbContext> DbFactory { get; set; } = default!;

    private string? _loadedQuery;

    protected FigureFilter Filter { get; private set; } = FigureFilter.All;

    /// <summary>Per parameter, what is wrong with it; empty when the query string is valid.</summary>
    protected IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    protected TData? Data { get; private set; }

    /// <summary>True while the circuit loads a new view and <see cref="Data"/> is still the previous one's.</summary>
    protected bool Updating { get; private set; }

    /// <summary>False for a page that shows the whole store whatever the query string says.</summary>
    protected virtual bool UsesFilter => true;

    /// <summary>True for a page with a list of figures: its sort is in the address (<c>sort=-value</c>), as the CSV's.</summary>
    protected virtual bool UsesSort => false;

    /// <summary>The figures list's order, from the address.</summary>
    protected FigureOrder Order { get; private set; } = FigureOrder.Default;

    /// <param name="cancellationToken">While prerendering, the request's: its timeout (RequestLimits) stops the reads.</param>
    protected abstract Task<TData> LoadAsync(FigureFilter filter, CancellationToken cancellationToken);

    /// <summary>The request being prerendered (the circuit's components get no cascading HttpContext across the render mode boundary).</summary>
    [Inject] private IHttpContextAccessor Http { get; set; } = default!;

    /// <summary>What the data depends on: the filter, and whatever else a page reads from its address (a route's HS code, a page number).</summary>
    protected virtual string StateKey => Filter.ToQueryString();

    protected override async Task OnParametersSetAsync()
    {
        if (UsesFilter)
        {
            var parsed = FigureFilter.TryParse(Query(), out var filter, out var errors);
            var order = FigureOrder.Default;
            if (UsesSort && !new SortQuery(Sort).TryParse(errors, out order))
            {
                parsed = false;
            }
            if (!parsed)
            {
                Errors = errors;
                Data = null;
                _loadedQuery = null;
                return;
            }
            Filter = filter;
            Order = order;
            Errors = new Dictionary<string, string[]>();
        }
        var query = StateKey;
        if (Data is not null && query == _loadedQuery)
        {
            return;
        }
        // While prerendering, the reads run on the request's token: its timeout (RequestLimits) stops them.
        var request = RendererInfo.IsInteractive ? null : Http.HttpContext;
        var aborted = request?.RequestAborted ?? CancellationToken.None;
        try
        {
            // Keyed by the data version too: an import (through any node) between the prerender and the circuit is not missed;
            // and by the language, in which the data's words (period labels, amounts) were written.
            var key = $"{GetType().FullName}?{query}@{await DataVersion.ReadAsync(DbFactory, aborted)}/{Language.Current.Code}";
            if (!RendererInfo.IsInteractive)
            {
                // Prerendering: load, and leave the result for the interactive render that follows.
                Data = await LoadAsync(Filter, aborted);
                Cache.Set(key, Data, HandoverTime);
            }
            else if (_loadedQuery is null && Cache.TryGetValue<TData>(key, out var prerendered) && prerendered is not null)
            {
                // The circuit's first render of a prerendered page: taken once, so a later visit reads afresh.
                Cache.Remove(key);
                Data = prerendered;
            }
            else
            {
                // The previous view stays on screen while the new one loads: said, and dimmed (UpdatingNote), so that
                // its figures are not read as the new filter's.
                Updating = Data is not null;
                try
                {
                    Data = await LoadAsync(Filter, CancellationToken.None);
                }
                finally
                {
                    Updating = false;
                }
            }
            _loadedQuery = query;
        }
        catch (TooManyFiguresException e)
        {
            // Too broad a view to compute in one request: said in place of the view, with how to narrow it.
            Errors = new Dictionary<string, string[]> { [DashboardPage.View] = [TooManyFiguresException.Explain(e.Limit, Language.Current)] };
            Data = null;
            _loadedQuery = null;
        }
        catch (OperationCanceledException) when (request is { RequestAborted.IsCancellationRequested: true } && !request.Response.HasStarted)
        {
            // The request's timeout stopped the reads: the page says so, with the timeout's status.
            request.Response.StatusCode = StatusCodes.Status504GatewayTimeout;
            Errors = new Dictionary<string, string[]> { [DashboardPage.View] = [DashboardPage.TimedOut(Language.Current)] };
            Data = null;
            _loadedQuery = null;
        }
    }

    private IEnumerable<KeyValuePair<string, StringValues>> Query() =>
    [
        new(FilterParameter.Category, Category), new(FilterParameter.Hs, Hs), new(FilterParameter.Reporter, Reporter), new(FilterParameter.Exporter, Exporter),
        new(FilterParameter.Importer, Importer), new(FilterParameter.From, From), new(FilterParameter.To, To), new(FilterParameter.Period, PeriodKind),
    ];

}

/// <summary>
/// What a <see cref="DashboardPage{TData}"/> says in place of a view it could not compute, in the page's language (the
/// API says the same in English, as problem+json); a view too broad is explained by <see cref="TooManyFiguresException.Explain"/>.
/// </summary>
public static class DashboardPage
{
    /// <summary>The key of <see cref="DashboardPage{TData}.Errors"/> for the view as a whole, not one parameter.</summary>
    public const string View = "view";

    private static readonly Texts s_texts = new(typeof(DashboardPage));

    public static string TimedOut(Language language) => s_texts["TimedOut", language];
}
