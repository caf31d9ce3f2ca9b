namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// A version read as a list of segments, used by the <c>generic</c> and vendor <c>firmware</c> schemes. Segments
/// compare in turn, a missing segment counting as the end; across kinds the order is
/// <c>pre-release word &lt; end (or 0) &lt; other word &lt; number ≥ 1</c>.
/// </summary>
public sealed class SegmentedVersion : SchemeVersion
{
    private readonly Segment[] _segments;

    internal SegmentedVersion(VersionScheme scheme, string text, Segment[] segments)
        : base(scheme, text) => _segments = segments;

    /// <summary>The segments as read, for explaining an ordering: e.g. <c>4 . 0 . 12</c> or <c>2 . 0 . rc1</c>.</summary>
    public string Segments => string.Join(" . ", _segments.Select(segment => segment.Describe(Text)));

    private protected override int CompareSameScheme(SchemeVersion other)
    {
        var right = (SegmentedVersion)other;
        var count = Math.Max(_segments.Length, right._segments.Length);
        for (var i = 0; i < count; i++)
        {
            var left = i < _segments.Length ? _segments[i] : Segment.End;
            var rightSegment = i < right._segments.Length ? right._segments[i] : Segment.End;
            var result = Segment.Compare(Text, left, right.Text, rightSegment);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    private protected override int EquivalenceHash()
    {
        // Trailing ends and zeros do not change equality, so they must not change the hash either.
        var last = _segments.Length;
        while (last > 0 && _segments[last - 1].Kind == SegmentKind.End)
        {
            last--;
        }

        var hash = new HashCode();
        for (var i = 0; i < last; i++)
        {
            hash.Add(_segments[i].Hash(Text));
        }

        return hash.ToHashCode();
    }
}

/// <summary>The kinds of segment, in the order they sort against each other.</summary>
internal enum SegmentKind
{
    PreRelease,
    End,
    Word,
    Number,
}

/// <summary>
/// One segment: a number (zero reads as <see cref="SegmentKind.End"/>), a word, or a pre-release word with a rank and
/// an optional number.
/// </summary>
internal readonly record struct Segment(SegmentKind Kind, int Start, int Length, NumberSpan Number, int Rank)
{
    public static Segment End => new(SegmentKind.End, 0, 0, NumberSpan.Zero, 0);

    public static Segment ForNumber(string text, int start, int length)
    {
        var number = NumberSpan.Read(text, start, length);
        return number.IsZero ? End : new Segment(SegmentKind.Number, start, length, number, 0);
    }

    public static int Compare(string leftText, Segment left, string rightText, Segment right)
    {
        if (left.Kind != right.Kind)
        {
            return left.Kind < right.Kind ? -1 : 1;
        }

        return left.Kind switch
        {
            SegmentKind.Number => NumberSpan.Compare(leftText, left.Number, rightText, right.Number),
            SegmentKind.Word => CompareWords(leftText, left, rightText, right),
            SegmentKind.PreRelease => left.Rank != right.Rank
                ? left.Rank.CompareTo(right.Rank)
                : CompareWords(leftText, left, rightText, right) is var words and not 0
                    ? words
                    : NumberSpan.Compare(leftText, left.Number, rightText, right.Number),
            _ => 0,
        };
    }

    public int Hash(string text) => Kind switch
    {
        SegmentKind.Number => HashCode.Combine(Kind, Number.Hash(text)),
        SegmentKind.Word => HashCode.Combine(Kind, string.GetHashCode(text.AsSpan(Start, Length), StringComparison.OrdinalIgnoreCase)),
        SegmentKind.PreRelease => HashCode.Combine(Kind, Rank, string.GetHashCode(text.AsSpan(Start, Length), StringComparison.OrdinalIgnoreCase), Number.Hash(text)),
        _ => 0,
    };

    public string Describe(string text) => Kind switch
    {
        SegmentKind.End => "0",
        SegmentKind.PreRelease => $"{(Length == 0 ? "pre" + Rank : text.Substring(Start, Length))}{(Number.Length > 0 ? text.Substring(Number.Start, Number.Length) : "")}",
        _ => text.Substring(Start, Length),
    };

    private static int CompareWords(string leftText, Segment left, string rightText, Segment right) =>
        Digits.Sign(leftText.AsSpan(left.Start, left.Length).CompareTo(rightText.AsSpan(right.Start, right.Length), StringComparison.OrdinalIgnoreCase));
}
