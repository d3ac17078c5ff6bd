using MineralTrade.Web.Data;

namespace MineralTrade.Web.Features.Imports;

/// <summary>
/// What an import is besides its file: who loads it, and, for a part of a larger load (one reporter-period of a UN
/// Comtrade+ API fetch: Features/Comtrade), whose rows they are, which figures it is the whole truth for, which history
/// entry its counts add to, and what else its transaction writes. A file's import is <see cref="By"/> alone.
/// </summary>
/// <param name="ImportedBy">Who loads it, as the history says: <c>seed</c>, <c>cli</c>, <c>api:...</c>, <c>fetch:...</c>.</param>
/// <param name="Source">Whose UN Comtrade+ rows these are (a file's, when null).</param>
/// <param name="Answers">
/// A condition on the figures <c>f</c> (SQL, of constants the caller checked) that the import is the whole truth for:
/// those of them the file does not hold are taken out, each kept as a withdrawn vintage (docs/decisions/0122).
/// </param>
/// <param name="IntoImportId">The history entry to add the counts to (a fetch run's); null for an entry of its own.</param>
/// <param name="Format">The format the history records, when not the file's (<see cref="ImportFormat.ComtradeApi"/>).</param>
/// <param name="BeforeCommit">
/// Writes that belong to the same transaction (a fetch's progress); runs whenever the part is stored, even when it
/// changes no figure, and not for a dry run or a rejected file.
/// </param>
public sealed record ImportPart(
    string ImportedBy,
    ComtradeSource? Source = null,
    string? Answers = null,
    int? IntoImportId = null,
    ImportFormat? Format = null,
    Func<MineralTradeDbContext, ImportSummary, CancellationToken, Task>? BeforeCommit = null)
{
    public static ImportPart By(string importedBy) => new(importedBy);
}
