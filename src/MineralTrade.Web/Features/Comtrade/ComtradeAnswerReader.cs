using System.Buffers;
using System.Text;
using System.Text.Json;

namespace MineralTrade.Web.Features.Comtrade;

/// <summary>
/// Reads an answer of the API, <c>{elapsedTime, count, data: [...], error}</c>, as it arrives: each record of
/// <c>data</c> is handed over as soon as it is whole, its fields as text (a number as written, true/false, null as
/// null), so that an answer of 100,000 records is never held whole. An answer that ends before its JSON does (a cut
/// connection, a truncated body) throws <see cref="JsonException"/>; the records before it have been handed over.
/// </summary>
public sealed class ComtradeAnswerReader
{
    private enum Phase { Start, Root, RootValue, Data, Done }

    private readonly Action<IReadOnlyDictionary<string, string?>> _onRecord;
    private readonly Dictionary<string, string?> _record = new(StringComparer.Ordinal);
    private Phase _phase = Phase.Start;
    private string? _property;

    private ComtradeAnswerReader(Action<IReadOnlyDictionary<string, string?>> onRecord) => _onRecord = onRecord;

    /// <summary>What <c>count</c> said; null when the answer had none.</summary>
    public long? Count { get; private set; }

    /// <summary>The records <c>data</c> held.</summary>
    public long Records { get; private set; }

    /// <summary>What <c>error</c> said, when it said something.</summary>
    public string? Error { get; private set; }

    public static async Task<ComtradeAnswerReader> ReadAsync(Stream body, Action<IReadOnlyDictionary<string, string?>> onRecord, CancellationToken cancellationToken)
    {
        var reader = new ComtradeAnswerReader(onRecord);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            var (filled, final, state) = (0, false, default(JsonReaderState));
            long read = 0;
            while (true)
            {
                var (consumed, next) = reader.Process(buffer.AsSpan(0, filled), final, state);
                state = next;
                if (reader._phase == Phase.Done)
                {
                    return reader;
                }
                if (final)
                {
                    throw new JsonException($"the answer ends before its JSON does (cut after {read} bytes)");
                }
                // Keep what was not consumed; a record larger than the buffer makes it grow.
                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
                if (filled == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var n = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                read += n;
                filled += n;
                final = n == 0;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads what the buffer holds whole; returns how much was consumed and the state to go on from.</summary>
    private (int Consumed, JsonReaderState State) Process(ReadOnlySpan<byte> data, bool final, JsonReaderState state)
    {
        var reader = new Utf8JsonReader(data, final, state);
        while (true)
        {
            // Where to start again when a value is not whole yet.
            var (checkpoint, at) = (reader.CurrentState, (int)reader.BytesConsumed);
            if (!reader.Read())
            {
                return (at, checkpoint);
            }
            switch (_phase)
            {
                case Phase.Start when reader.TokenType == JsonTokenType.StartObject:
                    _phase = Phase.Root;
                    break;
                case Phase.Start:
                    throw new JsonException($"the answer is not a JSON object (it starts with {reader.TokenType})");
                case Phase.Root when reader.TokenType == JsonTokenType.PropertyName:
                    _property = reader.GetString();
                    _phase = Phase.RootValue;
                    break;
                case Phase.Root:
                    _phase = Phase.Done;
                    return ((int)reader.BytesConsumed, reader.CurrentState);
                case Phase.RootValue when _property == "data" && reader.TokenType == JsonTokenType.StartArray:
                    _phase = Phase.Data;
                    break;
                case Phase.RootValue when reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray:
                    if (!reader.TrySkip())
                    {
                        return (at, checkpoint);
                    }
                    _phase = Phase.Root;
                    break;
                case Phase.RootValue:
                    if (_property == "count" && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var count))
                    {
                        Count = count;
                    }
                    else if (_property == "error" && reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } error)
                    {
                        Error = error;
                    }
                    _phase = Phase.Root;
                    break;
                case Phase.Data when reader.TokenType == JsonTokenType.EndArray:
                    _phase = Phase.Root;
                    break;
                case Phase.Data when reader.TokenType == JsonTokenType.StartObject:
                    var whole = reader;
                    if (!whole.TrySkip())
                    {
                        return (at, checkpoint);
                    }
                    ReadRecord(ref reader);
                    break;
                case Phase.Data:
                    throw new JsonException($"a record of data is not an object ({reader.TokenType})");
            }
        }
    }

    /// <summary>One record, wholly in the buffer, from its opening brace to its closing one.</summary>
    private void ReadRecord(ref Utf8JsonReader reader)
    {
        _record.Clear();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            _record[name] = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                JsonTokenType.True => "true",
                JsonTokenType.False => "false",
                JsonTokenType.Null => null,
                _ => Nested(ref reader),
            };
        }
        Records++;
        _onRecord(_record);
    }

    // No field of a record is an object or an array; one that is would be read as nothing, and the import says what is missing.
    private static string? Nested(ref Utf8JsonReader reader)
    {
        reader.TrySkip();
        return null;
    }
}
