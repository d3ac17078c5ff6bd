using MineralTrade.Web.Data.Summaries;
using MineralTrade.Web.Features.Figures;

namespace MineralTrade.Web.Features.Dashboard;

/// <summary>
/// A category's total as the overview draws it: the sum, its group, its basket, its sources, its first parts and its
/// processed and raw sums, without the figures themselves (issue 21: what a page reads is bounded by the totals it
/// draws, not by the figures they add). Every part (<see cref="Parts"/>) only where Value added draws the period.
/// Made from the summaries' row (<see cref="FromRow"/>), or from a <see cref="CategoryTotal"/> of the rules
/// (<see cref="Of"/>): the two must draw the same page (SummaryTests).
/// </summary>
/// <param name="BasketText">The HS codes added, ordinal order, space-separated (<see cref="GroupTotal.Basket"/>).</param>
/// <param name="FirstParts">The first <see cref="Listed.Max"/> parts, in basket order: what a list shows.</param>
/// <param name="ProcessedUsd">The sum of the processed parts (<see cref="HsClassification.IsProcessed"/>), null without one.</param>
/// <param name="RawUsd">The sum of the ore parts, null without one.</param>
public sealed record OverviewTotal(
    Category Category,
    string Reporter,
    string Exporter,
    string Importer,
    string Publisher,
    int PeriodStart,
    int PeriodEnd,
    decimal? ValueUsd,
    DerivedQualifier Qualifier,
    string BasketText,
    IReadOnlyList<string> Sources,
    IReadOnlyList<TotalPart> FirstParts,
    decimal? ProcessedUsd,
    decimal? RawUsd)
{
    public PeriodKind PeriodKind => Period.KindOf(PeriodStart, PeriodEnd);

    public string PeriodLabel => Period.Label(PeriodStart, PeriodEnd, Reporter);

    /// <summary>How many figures the total adds.</summary>
    public int PartCount => BasketText.Length == 0 ? 0 : BasketText.AsSpan().Count(' ') + 1;

    /// <summary>Every part, in basket order, of a total made by the rules (<see cref="Of"/>); null otherwise.</summary>
    public IReadOnlyList<TotalPart>? Parts { get; init; }

    /// <summary>Every part of a stored total, as its <see cref="GroupTotalParts"/> row keeps them; null where not read (only Value added's periods need them).</summary>
    private (string ComponentIds, string Parts)? Stored { get; init; }

    /// <summary>Whether every part is known (<see cref="Parts"/> or read by <see cref="WithParts"/>).</summary>
    public bool HasParts => Parts is not null || Stored is not null;

    /// <summary>
    /// The parts of the stages <paramref name="side"/> places, written into <paramref name="into"/> from
    /// <paramref name="at"/> on (<see cref="TotalParts.ReadValues"/>); returns where the next goes.
    /// </summary>
    public int PartValues(Func<Stage, sbyte> side, PartValue[] into, int at)
    {
        if (Stored is { } stored)
        {
            return TotalParts.ReadValues(stored.ComponentIds, BasketText, stored.Parts, Sources, side, into, at);
        }
        foreach (var p in Parts ?? throw new InvalidOperationException($"The parts of {Key} were not read."))
        {
            if (side(p.Stage) is var placed and >= 0)
            {
                into[at] = new PartValue(p.Id, p.HsCode, p.ValueUsd, p.Qualifier, p.Stage, p.Publisher, placed, at);
                at++;
            }
        }
        return at;
    }

    /// <summary>The group, period and category: what names a total among the ones read.</summary>
    public (string, string, string, string, int, int, string) Key => (Reporter, Exporter, Importer, Publisher, PeriodStart, PeriodEnd, Category.Id);

    public static OverviewTotal Of(CategoryTotal t)
    {
        List<TotalPart> parts = [.. t.Components.Select(TotalPart.Of)];
        return new(
            t.Category, t.Reporter, t.Exporter, t.Importer, t.Publisher, t.PeriodStart, t.PeriodEnd, t.ValueUsd, t.Qualifier,
            string.Join(' ', parts.Select(p => p.HsCode)), [.. parts.Select(p => p.Publisher).Distinct()], [.. parts.Take(Listed.Max)],
            SumOf(parts, HsClassification.IsProcessed), SumOf(parts, s => s == Stage.Ore))
        {
            Parts = parts,
        };
    }

    /// <summary>The sum of the parts of some stages, as <see cref="TotalsWriter"/> keeps it: null where there is none.</summary>
    public static decimal? SumOf(IEnumerable<TotalPart> parts, Func<Stage, bool> stage) =>
        parts.Where(p => stage(p.Stage)).Aggregate((decimal?)null, (sum, p) => (sum ?? 0m) + p.ValueUsd);

    /// <summary>
    /// A stored total: its first parts from the row's own columns, no figure read, and parsed only where a list shows
    /// them (a request reads ~730 totals at 297k figures and lists a few dozen). <paramref name="publishers"/> holds the
    /// publisher lists already read: the same few texts on every row.
    /// </summary>
    public static OverviewTotal FromRow(Row t, Dictionary<string, IReadOnlyList<string>> publishers)
    {
        if (!publishers.TryGetValue(t.Publishers, out var sources))
        {
            publishers.Add(t.Publishers, sources = TotalParts.ReadPublishers(t.Publishers));
        }
        return new(
            HsClassification.CategoryOf(t.Category), t.Reporter, t.Exporter, t.Importer, t.Publisher, t.PeriodStart, t.PeriodEnd, t.ValueUsd, t.Qualifier,
            t.Basket, sources, new ListedParts(t.ListedIds, t.Basket, t.ListedParts, sources), t.ProcessedUsd, t.RawUsd);
    }

    /// <summary>This total with every part, from its <see cref="GroupTotalParts"/> row.</summary>
    public OverviewTotal WithParts(string componentIds, string parts) => this with { Stored = (componentIds, parts) };

    /// <summary>A stored total's first parts, read from its columns when first enumerated.</summary>
    private sealed class ListedParts(string ids, string basket, string parts, IReadOnlyList<string> publishers) : IReadOnlyList<TotalPart>
    {
        private List<TotalPart> All => field ??= TotalParts.Read(ids, basket, parts, publishers);

        public TotalPart this[int index] => All[index];

        public int Count => All.Count;

        public IEnumerator<TotalPart> GetEnumerator() => All.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>What the overview reads of a <see cref="GroupTotal"/>: not every part, nor the products named without a value, nor the counts.</summary>
    public sealed record Row(
        int Id, string Reporter, string Exporter, string Importer, string Publisher, int PeriodStart, int PeriodEnd, string Category,
        decimal? ValueUsd, DerivedQualifier Qualifier, string Basket, string ListedIds, string ListedParts, string Publishers,
        decimal? ProcessedUsd, decimal? RawUsd);
}

/// <summary>
/// The descriptions of the figures a page lists (at most <see cref="Listed.Max"/> a list, decision 0097): the summaries
/// keep a part's code and value, not its product's name. Built from figures, it knows them all; from the summaries,
/// the build asks for the names it lists (<see cref="Asked"/>), which are read by id and <see cref="Fill"/>ed in
/// afterwards: a list's texts are made when first read (<see cref="List"/>), so the overview is built once.
/// </summary>
public sealed class PartNames(IReadOnlyDictionary<int, string> names)
{
    private readonly HashSet<int> _asked = [];
    private IReadOnlyDictionary<int, string>? _read;

    public static PartNames Of(IEnumerable<Figure> figures) => new(figures.ToDictionary(f => f.Id, f => f.Product));

    /// <summary>The product of a part; empty where not known (yet).</summary>
    public string Of(TotalPart part) =>
        names.TryGetValue(part.Id, out var name) || (_read is not null && _read.TryGetValue(part.Id, out name)) ? name : "";

    /// <summary>The parts asked for and not known.</summary>
    public IReadOnlyCollection<int> Asked => _asked;

    /// <summary>Whether every name asked for is known: from figures at once, from the summaries once filled in.</summary>
    public bool Complete => _read is not null || _asked.Count == 0;

    /// <summary>The names of the parts asked for, read after the build.</summary>
    public void Fill(IReadOnlyDictionary<int, string> read) => _read = read;

    /// <summary>The first <paramref name="max"/> parts as a list's items (<c>7403 Refined copper: $1.2 M</c>), the rest counted.</summary>
    public Listed List(IEnumerable<TotalPart> parts, int max = Listed.Max)
    {
        var first = new List<TotalPart>();
        var count = 0;
        foreach (var part in parts)
        {
            if (count++ < max)
            {
                first.Add(part);
            }
        }
        return ListFirst(first, count);
    }

    /// <summary>A list of <paramref name="count"/> parts whose first ones (at most a list's) are <paramref name="first"/>.</summary>
    public Listed ListFirst(List<TotalPart> first, int count)
    {
        // By year and Value added list at once (DashboardService): the set asked is shared.
        lock (_asked)
        {
            foreach (var part in first)
            {
                if (!names.ContainsKey(part.Id))
                {
                    _asked.Add(part.Id);
                }
            }
        }
        return new Listed(new Texts(first, this), count);
    }

    private string Text(TotalPart f) => $"{f.HsCode} {Of(f)}: {Money.Usd(f.ValueUsd, f.Qualifier)}";

    /// <summary>A list's texts, made when first read once the names are known (never kept before).</summary>
    private sealed class Texts(List<TotalPart> parts, PartNames names) : IReadOnlyList<string>, IListedItems
    {
        // Each item in another language when a page asks (ListedCell): nothing more is made on the build's path.
        public ListedItem In(int index, Languages.Language language) =>
            new(parts[index].HsCode, names.Of(parts[index]), Money.Usd(parts[index].ValueUsd, parts[index].Qualifier, language));

        private string[]? _texts;

        private string[] All => _texts ?? (names.Complete ? _texts = [.. parts.Select(names.Text)] : [.. parts.Select(names.Text)]);

        public string this[int index] => All[index];

        public int Count => parts.Count;

        public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)All).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
