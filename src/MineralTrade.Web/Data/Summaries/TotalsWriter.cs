using System.Data.Common;
using MineralTrade.Web.Features.Figures;
using FigureQualifier = MineralTrade.Web.Features.Figures.Qualifier;

namespace MineralTrade.Web.Data.Summaries;

/// <summary>
/// The category totals of a summary refresh: reads every figure of the groups to total once (SQL chooses them, as
/// <see cref="SummarySql.GroupScan"/> says), keeps per group and category the parts and the counts, then writes each
/// group's totals: one row per category, summed in decimal by the rules' own arithmetic, with its share of the group's
/// minerals.
/// </summary>
public static class TotalsWriter
{
    /// <summary>Writes the totals of the touched groups (or of all, <paramref name="full"/>); returns how many.</summary>
    public static async Task<int> WriteAsync(StoreCommands store, bool full, CancellationToken cancellationToken)
    {
        var drafts = new Dictionary<GroupKey, TotalDraft>();
        await using (var scan = store.Command(SummarySql.GroupScan(full)))
        await using (var row = await scan.ExecuteReaderAsync(cancellationToken))
        {
            while (await row.ReadAsync(cancellationToken))
            {
                var key = GroupKey.Read(row);
                if (!drafts.TryGetValue(key, out var draft))
                {
                    drafts.Add(key, draft = new TotalDraft(key));
                }
                draft.Figures++;
                draft.GrowthRates += row.GetInt32(12);
                if (!row.IsDBNull(13) && row.GetFieldValue<DateOnly>(13) is var published && (draft.LatestPublished is null || published > draft.LatestPublished))
                {
                    draft.LatestPublished = published;
                }
                if (row.GetInt32(11) == 1)
                {
                    draft.AddPart(new Part(row.GetInt32(7), row.GetString(8), row.IsDBNull(9) ? null : store.ReadMoney(row, 9),
                        EnumNames<FigureQualifier>.Parse(row.GetString(10)), EnumNames<Stage>.Parse(row.GetString(14)), row.GetString(15)));
                }
            }
        }
        await using var insert = store.Command(SummarySql.InsertTotal);
        await using var insertParts = store.Command(SummarySql.InsertTotalParts);
        var p = SummarySql.TotalColumns.Concat(SummarySql.TotalPartsColumns).ToDictionary(
            c => c, c => StoreCommands.AddParameter(SummarySql.TotalColumns.Contains(c) ? insert : insertParts, "@" + c));
        foreach (var group in drafts.Values.GroupBy(d => d.Key with { Category = "" }))
        {
            await WriteGroupAsync(store, insert, insertParts, p, [.. group], cancellationToken);
        }
        return drafts.Count;
    }

    private static async Task WriteGroupAsync(
        StoreCommands store, DbCommand insert, DbCommand insertParts, Dictionary<string, DbParameter> p, List<TotalDraft> group, CancellationToken cancellationToken)
    {
        var minerals = group.Where(t => HsClassification.IsMineral(t.Key.Category)).Sum(t => t.Value ?? 0m);
        foreach (var t in group)
        {
            var k = t.Key;
            Set(p["Reporter"], k.Reporter);
            Set(p["Exporter"], k.Exporter);
            Set(p["Importer"], k.Importer);
            Set(p["Publisher"], k.Publisher);
            Set(p["PeriodStart"], k.PeriodStart);
            Set(p["PeriodEnd"], k.PeriodEnd);
            Set(p["PeriodKind"], EnumNames<PeriodKind>.Name(Period.KindOf(k.PeriodStart, k.PeriodEnd)));
            Set(p["Category"], k.Category);
            Set(p["ValueUsd"], store.ExactMoney(t.Value));
            Set(p["Qualifier"], EnumNames<DerivedQualifier>.Name(t.Qualifier));
            var components = t.Components.OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
            var publishers = components.Select(c => c.Publisher).Distinct().ToList();
            Set(p["Basket"], string.Join(' ', components.Select(c => c.Code)));
            Set(p["ListedIds"], string.Join(' ', components.Take(TotalParts.Listed).Select(c => c.Id)));
            var parts = components.Select(c => TotalParts.Write(c.Value!.Value, c.Qualifier, c.Stage, publishers.IndexOf(c.Publisher))).ToList();
            Set(p["ListedParts"], string.Join(' ', parts.Take(TotalParts.Listed)));
            Set(p["ProcessedUsd"], store.ExactMoney(StageSum(components, HsClassification.IsProcessed)));
            Set(p["RawUsd"], store.ExactMoney(StageSum(components, s => s == Stage.Ore)));
            Set(p["Publishers"], TotalParts.WritePublishers(publishers));
            Set(p["NamedIds"], string.Join(' ', t.Named.OrderBy(c => c.Code, StringComparer.Ordinal).Select(c => c.Id)));
            Set(p["SharePercent"], store.ExactMoney(Comparisons.Share(HsClassification.CategoryOf(k.Category), t.Value, minerals)));
            Set(p["Figures"], t.Figures);
            Set(p["GrowthRates"], t.GrowthRates);
            Set(p["LatestPublished"], t.LatestPublished);
            Set(p["TotalId"], Convert.ToInt32(await insert.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture));
            Set(p["ComponentIds"], string.Join(' ', components.Select(c => c.Id)));
            Set(p["Parts"], string.Join(' ', parts));
            await insertParts.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>The sum of the parts of some stages (Value added's processed and raw sides); null where there is none.</summary>
    private static decimal? StageSum(IEnumerable<Part> components, Func<Stage, bool> stage) =>
        components.Where(c => stage(c.Stage)).Aggregate((decimal?)null, (sum, c) => (sum ?? 0m) + c.Value!.Value);

    private static void Set(DbParameter parameter, object? value) => parameter.Value = value ?? DBNull.Value;

    /// <summary>A group and category as the scan returns them in its first seven columns.</summary>
    private readonly record struct GroupKey(string Reporter, string Exporter, string Importer, string Publisher, int PeriodStart, int PeriodEnd, string Category)
    {
        public static GroupKey Read(DbDataReader r) =>
            new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetInt32(5), r.GetString(6));
    }

    /// <summary>A figure of a group as the scan reads it: a part of its category's total, or a product named without a value.</summary>
    private sealed record Part(int Id, string Code, decimal? Value, FigureQualifier Qualifier, Stage Stage, string Publisher);

    private sealed class TotalDraft(GroupKey key)
    {
        public GroupKey Key { get; } = key;
        public int Figures { get; set; }
        public int GrowthRates { get; set; }
        public DateOnly? LatestPublished { get; set; }
        public List<Part> Components { get; } = [];
        public List<Part> Named { get; } = [];
        public decimal? Value { get; private set; }
        public DerivedQualifier Qualifier { get; private set; } = DerivedQualifier.Exact;

        public void AddPart(Part part)
        {
            if (part.Value is not { } v)
            {
                Named.Add(part);
                return;
            }
            Components.Add(part);
            Value = (Value ?? 0m) + v;
            Qualifier = Comparisons.WithPart(Qualifier, part.Qualifier);
        }
    }
}
