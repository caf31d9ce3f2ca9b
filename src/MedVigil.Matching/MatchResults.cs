using System.Collections;

namespace MedVigil.Matching;

/// <summary>
/// The findings of an evaluation, held compactly: a finding decided once for a component and shared by every target
/// that contains the component is kept as a reference to that decision, not copied per target, and becomes a
/// <see cref="MatchFinding"/> only when read. A full analysis of a health system decides millions of findings, most
/// of them shared (ADR 0022); copying each into its own object was most of the matching time and memory.
/// </summary>
public sealed class MatchResults : IReadOnlyList<MatchFinding>
{
    private readonly TargetFindings[] _segments;
    private readonly int[] _starts;

    internal MatchResults(IReadOnlyList<TargetFindings> segments)
    {
        _segments = [.. segments.Where(s => s.Count > 0)];
        _starts = new int[_segments.Length];
        for (var i = 0; i < _segments.Length; i++)
        {
            _starts[i] = Count;
            Count += _segments[i].Count;
        }
    }

    public static MatchResults Empty { get; } = new([]);

    public int Count { get; }

    public MatchFinding this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var segment = Array.BinarySearch(_starts, index);
            if (segment < 0)
            {
                segment = ~segment - 1;
            }

            return _segments[segment].At(index - _starts[segment]);
        }
    }

    public IEnumerator<MatchFinding> GetEnumerator()
    {
        foreach (var segment in _segments)
        {
            for (var i = 0; i < segment.Count; i++)
            {
                yield return segment.At(i);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// The findings of one target in order: each either decided for this target alone (a <see cref="MatchFinding"/>) or
/// a component's shared decision.
/// </summary>
internal sealed class TargetFindings(string targetId)
{
    private readonly List<(object Item, Decided? Shared)> _entries = [];

    public string TargetId => targetId;

    public int Count => _entries.Count;

    public void Add(MatchFinding finding) => _entries.Add((finding, null));

    public void Add(InternedComponent component, Decided shared) => _entries.Add((component, shared));

    public MatchFinding At(int index)
    {
        var (item, shared) = _entries[index];
        if (shared is null)
        {
            return (MatchFinding)item;
        }

        var winner = shared.Winner;
        return new MatchFinding(targetId, shared.VulnerabilityId, winner.Status, winner.Analysis, ((InternedComponent)item).Source, winner.Explanation, shared.Others);
    }
}
