using System.Text;

namespace MineralTrade.Web.Components.Charts;

/// <summary>
/// A chart's name for a bar in lines (ApexCharts draws an array of strings as lines, and cuts a line that is too long).
/// Text with spaces (English, Urdu) breaks at them; Chinese has none, and breaks between its characters instead.
/// </summary>
public static class LabelLines
{
    // A line never starts with closing punctuation, nor ends with opening: each stays with the character beside it.
    private const string Closing = "、。，．：；！？）」』】》〉〕", Opening = "（「『【《〈〔";

    // What a line's end drops before its "…".
    private static readonly char[] s_trailing = ['.', ',', '、', '。', '，', '；', '：'];

    /// <summary>
    /// <paramref name="text"/> in lines of at most <paramref name="width"/> columns, at most <paramref name="lines"/> of
    /// them, the last marked "…" where more is left out. A line breaks at a space; a word longer than a line (Chinese
    /// has no spaces) also between two wide characters or a wide character and a run of others. A run without wide
    /// characters (an English word, a code) is never split, and keeps a line of its own where it is longer than one.
    /// </summary>
    public static string[] Wrap(string text, int width, int lines)
    {
        var result = new List<string>();
        var line = new StringBuilder();
        var columns = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // Before a word's first piece, a space; between its pieces, nothing. A word that fits a line is one piece.
            var gap = 1;
            foreach (var piece in Columns(word) <= width ? [word] : Pieces(word))
            {
                var pieceColumns = Columns(piece);
                if (line.Length > 0 && columns + gap + pieceColumns > width)
                {
                    result.Add(line.ToString());
                    line.Clear();
                    columns = 0;
                }
                else if (line.Length > 0 && gap == 1)
                {
                    line.Append(' ');
                    columns++;
                }
                line.Append(piece);
                columns += pieceColumns;
                gap = 0;
            }
        }
        if (line.Length > 0)
        {
            result.Add(line.ToString());
        }
        return result.Count <= lines ? [.. result] : [.. result.Take(lines - 1), result[lines - 1].TrimEnd(s_trailing) + "…"];
    }

    /// <summary>How wide <paramref name="text"/> is drawn, in columns of a Latin letter: a wide character counts two.</summary>
    public static int Columns(string text)
    {
        var columns = 0;
        foreach (var c in text)
        {
            columns += IsWide(c) ? 2 : 1;
        }
        return columns;
    }

    /// <summary>
    /// East Asian wide and full-width characters, as a font draws them: Hangul jamo and syllables, CJK radicals to Yi
    /// (ideographs, kana, CJK punctuation), compatibility ideographs and forms, full-width forms. A character beyond
    /// U+FFFF is two <see cref="char"/>s that are not wide: it counts two columns, and a line never splits it.
    /// </summary>
    private static bool IsWide(char c) => c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
        or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');

    // A word's unbreakable pieces: each wide character (with the punctuation that holds to it), each run of others.
    private static IEnumerable<string> Pieces(string word)
    {
        var start = 0;
        for (var i = 1; i < word.Length; i++)
        {
            if ((IsWide(word[i - 1]) || IsWide(word[i])) && !Closing.Contains(word[i]) && !Opening.Contains(word[i - 1]))
            {
                yield return word[start..i];
                start = i;
            }
        }
        yield return word[start..];
    }
}
