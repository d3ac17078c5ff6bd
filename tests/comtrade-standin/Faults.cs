namespace MineralTrade.ComtradeStandIn;

/// <summary>What a fault does to an answer.</summary>
public enum FaultKind
{
    /// <summary>429 with <c>Retry-After</c> (<see cref="Fault.Seconds"/>) and the API's body.</summary>
    TooManyRequests,
    /// <summary>An error status (<see cref="Fault.Status"/>) with the API's body <c>{statusCode, message}</c>.</summary>
    Status,
    /// <summary>No answer for <see cref="Fault.Seconds"/>: the client's timeout.</summary>
    Delay,
    /// <summary>200, and the body cut after <see cref="Fault.Bytes"/> bytes.</summary>
    Truncate,
    /// <summary>200 with <c>error</c> set (<see cref="Fault.Message"/>) and no data.</summary>
    ErrorField,
    /// <summary>200 whose <c>count</c> says more than the data holds.</summary>
    CountMismatch,
    /// <summary>200 whose records carry a text the import refuses (a control character).</summary>
    BadRecord,
}

/// <summary>A fault the stand-in plays on the next matching calls: on a path, for calls whose periods include one.</summary>
public sealed class Fault
{
    public FaultKind Kind { get; init; }

    /// <summary>The start of the path it applies to (<c>data/v1/get/</c>, <c>data/v1/getDa/</c>, <c>public/v1/preview/</c>); any when null.</summary>
    public string? Path { get; init; }

    /// <summary>A period the call must ask for (and, for <see cref="FaultKind.BadRecord"/>, the records it spoils); any when null.</summary>
    public int? Period { get; init; }

    /// <summary>The reporter the call must ask for; any when null.</summary>
    public int? Reporter { get; init; }

    /// <summary>How many calls it applies to; then it is spent.</summary>
    public int Times { get; set; } = 1;

    public int Status { get; init; } = 503;

    public double Seconds { get; init; } = 1;

    public int Bytes { get; init; } = 200;

    public string Message { get; init; } = "Service temporarily unavailable";
}

/// <summary>The faults waiting to be played, first added first; thread-safe.</summary>
public sealed class Faults
{
    private readonly Lock _lock = new();
    private readonly List<Fault> _waiting = [];

    public void Add(Fault fault)
    {
        lock (_lock)
        {
            _waiting.Add(fault);
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _waiting.Clear();
        }
    }

    /// <summary>The fault for this call, if one waits, counting it spent once.</summary>
    public Fault? Take(string path, IReadOnlyCollection<int> periods, int? reporter)
    {
        lock (_lock)
        {
            var fault = _waiting.FirstOrDefault(f => (f.Path is null || path.StartsWith(f.Path, StringComparison.OrdinalIgnoreCase))
                && (f.Period is null || periods.Contains(f.Period.Value)) && (f.Reporter is null || f.Reporter == reporter));
            if (fault is not null && --fault.Times <= 0)
            {
                _waiting.Remove(fault);
            }
            return fault;
        }
    }
}
