using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using MineralTrade.Web.Features.Languages;

namespace MineralTrade.Web.Features.Updates;

/// <summary>The updates as an Atom feed: one entry per import or fetch run, its text the page's words, linking to it on <c>/updates</c>.</summary>
public static class UpdateFeed
{
    /// <summary>The feed's id: fixed, so a reader keeps its place whatever the host is called.</summary>
    public const string FeedId = "tag:mineraltrade,2026:updates";

    public static SyndicationFeed Build(IReadOnlyList<Update> updates, Uri site)
    {
        var feed = new SyndicationFeed("MineralTrade: what's new", "What each fetch from UN Comtrade+ and each import added, revised and withdrew.",
            new Uri(site, "updates"), FeedId, updates.Count > 0 ? Utc(updates[0].Import.ImportedAt) : DateTimeOffset.UnixEpoch)
        {
            Items = [.. updates.Select(u => Entry(u, site))],
        };
        feed.Authors.Add(new SyndicationPerson { Name = "MineralTrade" });
        feed.Links.Add(new SyndicationLink(new Uri(site, "updates.atom"), "self", null, UpdateEndpoints.AtomType, 0));
        return feed;
    }

    private static SyndicationItem Entry(Update update, Uri site)
    {
        var at = Utc(update.Import.ImportedAt);
        var item = new SyndicationItem(update.Title(Language.English), Text(update), new Uri(site, update.Link.TrimStart('/')),
            $"tag:mineraltrade,2026:import/{update.Import.Id.ToString(CultureInfo.InvariantCulture)}", at)
        {
            PublishDate = at,
        };
        return item;
    }

    /// <summary>The entry's text: the counts, then the periods, the moves, the revisions and the withdrawals, a line each.</summary>
    public static string Text(Update u)
    {
        var text = new StringBuilder($"{u.Counts(Language.English)}.");
        Lines(text, "Periods", u.PeriodCount, u.Periods.Select(p => $"{p.Reporter}, {p.Label(Language.English)}: {Number(p.Figures)} figures"));
        Lines(text, "Largest moves", u.Moves.Count, u.Moves.Select(m => UpdateWords.Move(m, Language.English)));
        Lines(text, "Revised", u.RevisedCount, u.Revised.Select(c => UpdateWords.Change(c, Language.English)));
        Lines(text, "Withdrawn", u.WithdrawnCount, u.Withdrawn.Select(c => UpdateWords.Change(c, Language.English)));
        if (u.Run?.Message is { Length: > 0 } message)
        {
            text.Append("\n\n").Append(message);
        }
        return text.ToString();
    }

    private static void Lines(StringBuilder text, string title, int count, IEnumerable<string> lines)
    {
        var listed = lines.ToList();
        if (listed.Count == 0)
        {
            return;
        }
        text.Append("\n\n").Append(title).Append(count > listed.Count ? $" ({Number(listed.Count)} of {Number(count)})" : "").Append(':');
        foreach (var line in listed)
        {
            text.Append("\n- ").Append(line);
        }
    }

    private static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
