using System.Globalization;

namespace MedVigil.Application.Feeds;

/// <summary>
/// The watermark of a feed whose items carry a time and are processed oldest first (CSAF, OSV; ADR 0017): it moves to
/// a time only once every item up to and including that time was processed (imported or a no-op). The first failure
/// holds it below that item's time for the rest of the run, so the next run starts there again. An item without a
/// time (a directory listed only in <c>index.txt</c>) never moves it, and its failure holds it where it is.
/// </summary>
internal sealed class OrderedWatermark(DateTimeOffset? start)
{
    private DateTimeOffset? _pending;
    private bool _held;

    public DateTimeOffset? Value { get; private set; } = start;

    /// <summary>Records the next item, in order; true when <see cref="Value"/> moved.</summary>
    public bool Done(DateTimeOffset? time, bool succeeded)
    {
        var moved = false;
        if (!_held && _pending is { } pending && time is { } t && t > pending)
        {
            moved = Move(pending);
        }

        if (!succeeded)
        {
            _held = true;
            _pending = null;
        }
        else if (!_held && time is not null)
        {
            _pending = time;
        }

        return moved;
    }

    /// <summary>At the end of the run: the last group of equal times is complete; true when <see cref="Value"/> moved.</summary>
    public bool Finish() => !_held && _pending is { } pending && Move(pending);

    public static string? Format(DateTimeOffset? time) => time?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset? Parse(string? watermark) =>
        DateTimeOffset.TryParse(watermark, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value) ? value : null;

    private bool Move(DateTimeOffset time)
    {
        _pending = null;
        if (Value is { } current && time <= current)
        {
            return false;
        }

        Value = time;
        return true;
    }
}
