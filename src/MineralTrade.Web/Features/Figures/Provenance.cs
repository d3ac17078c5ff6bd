namespace MineralTrade.Web.Features.Figures;

/// <summary>A figure where it is shown: value as read with its qualifier, and where it was read.</summary>
public sealed record Provenance(string Reporter, string Publisher, string? SourceDate, string? SourceUrl)
{
    public static Provenance Of(Figure f) =>
        new(f.Reporter, f.SourcePublisher, f.SourceDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), f.SourceUrl);

    /// <summary>In a line of English (a card's tooltip): "CN-GACC; China Economic Net, 2026-01-27"; "Reporter not stated; ...".</summary>
    public string Text => $"{Reporters.Label(Reporter, Languages.Language.English)}; {Publisher}{(SourceDate is null ? "" : ", " + SourceDate)}";
}
