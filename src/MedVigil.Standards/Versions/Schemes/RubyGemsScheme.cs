namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// RubyGems versions as <c>Gem::Version</c> orders them: '-' reads as <c>.pre.</c>, the text splits into number and
/// letter runs, trailing zeros are dropped from the release part and from the pre-release part, and segments compare
/// in turn with missing ones read as 0; a letter segment sorts before a number (<c>1.0.a &lt; 1.0</c>), letters compare
/// by byte.
/// </summary>
internal sealed class RubyGemsScheme() : VersionScheme("gem")
{
    private protected override bool AllowsSpaces => true;

    private protected override SchemeVersion? ParseCore(string text, ref ParseFailure failure)
    {
        // Gem::Version::ANCHORED_VERSION_PATTERN, with surrounding spaces allowed as Ruby strips them.
        var trimmed = text.Trim(' ');
        var offset = text.IndexOf(trimmed, StringComparison.Ordinal);
        var i = Digits.RunLength(trimmed, 0);
        if (i == 0)
        {
            return failure.At(offset, "a gem version must start with a number");
        }

        while (i < trimmed.Length && trimmed[i] == '.')
        {
            var start = ++i;
            while (i < trimmed.Length && char.IsAsciiLetterOrDigit(trimmed[i]))
            {
                i++;
            }

            if (i == start)
            {
                return failure.At(offset + i, "a segment after '.' must be letters or digits");
            }
        }

        if (i < trimmed.Length && trimmed[i] == '-')
        {
            do
            {
                var start = ++i;
                while (i < trimmed.Length && (char.IsAsciiLetterOrDigit(trimmed[i]) || trimmed[i] == '-'))
                {
                    i++;
                }

                if (i == start)
                {
                    return failure.At(offset + i, "a pre-release segment must be letters, digits or '-'");
                }
            }
            while (i < trimmed.Length && trimmed[i] == '.');
        }

        if (i < trimmed.Length)
        {
            return failure.At(offset + i, $"unexpected '{trimmed[i]}'");
        }

        return new RubyGemsVersion(this, text, trimmed.Replace("-", ".pre.", StringComparison.Ordinal));
    }
}

/// <summary>A RubyGems version.</summary>
public sealed class RubyGemsVersion : SchemeVersion
{
    private readonly string _version;
    private readonly GemSegment[] _segments;

    internal RubyGemsVersion(VersionScheme scheme, string text, string version)
        : base(scheme, text)
    {
        _version = version;
        _segments = CanonicalSegments(version);
    }

    /// <summary>True when the version has letters, which RubyGems treats as a pre-release.</summary>
    public bool IsPrerelease => _version.AsSpan().IndexOfAnyInRange('a', 'z') >= 0 || _version.AsSpan().IndexOfAnyInRange('A', 'Z') >= 0;

    /// <summary>The version's segments as <c>Gem::Version#segments</c> gives them (numbers and letter runs).</summary>
    internal IReadOnlyList<string> Segments => [.. Split(_version).Select(segment => _version.Substring(segment.Start, segment.Length))];

    private protected override int CompareSameScheme(SchemeVersion other)
    {
        var right = (RubyGemsVersion)other;
        var count = Math.Max(_segments.Length, right._segments.Length);
        for (var i = 0; i < count; i++)
        {
            var left = i < _segments.Length ? _segments[i] : GemSegment.Zero;
            var rightSegment = i < right._segments.Length ? right._segments[i] : GemSegment.Zero;
            var result = GemSegment.Compare(_version, left, right._version, rightSegment);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    private protected override int EquivalenceHash()
    {
        var hash = new HashCode();
        foreach (var segment in _segments)
        {
            hash.Add(segment.IsNumeric ? segment.Number.Hash(_version) : string.GetHashCode(_version.AsSpan(segment.Start, segment.Length), StringComparison.Ordinal));
        }

        return hash.ToHashCode();
    }

    /// <summary><c>Gem::Version#canonical_segments</c>: trailing zeros dropped from the release and pre-release parts.</summary>
    private static GemSegment[] CanonicalSegments(string version)
    {
        var segments = Split(version);
        var firstText = segments.FindIndex(segment => !segment.IsNumeric);
        var releaseEnd = firstText < 0 ? segments.Count : firstText;
        var release = DropTrailingZeros(segments.GetRange(0, releaseEnd));
        var prerelease = DropTrailingZeros(segments.GetRange(releaseEnd, segments.Count - releaseEnd));
        return [.. release, .. prerelease];
    }

    private static List<GemSegment> DropTrailingZeros(List<GemSegment> segments)
    {
        while (segments.Count > 0 && segments[^1].IsNumeric && segments[^1].Number.IsZero)
        {
            segments.RemoveAt(segments.Count - 1);
        }

        return segments;
    }

    /// <summary><c>scan(/[0-9]+|[a-z]+/i)</c>.</summary>
    private static List<GemSegment> Split(string version)
    {
        var segments = new List<GemSegment>();
        var i = 0;
        while (i < version.Length)
        {
            var digits = Digits.RunLength(version, i);
            var letters = digits == 0 ? Digits.LetterRunLength(version, i) : 0;
            if (digits > 0)
            {
                segments.Add(new GemSegment(i, digits, true, NumberSpan.Read(version, i, digits)));
            }
            else if (letters > 0)
            {
                segments.Add(new GemSegment(i, letters, false, default));
            }

            i += Math.Max(1, digits + letters);
        }

        return segments;
    }
}

/// <summary>A number or letter run of a gem version.</summary>
internal readonly record struct GemSegment(int Start, int Length, bool IsNumeric, NumberSpan Number)
{
    public static GemSegment Zero => new(0, 0, true, NumberSpan.Zero);

    public static int Compare(string leftText, GemSegment left, string rightText, GemSegment right)
    {
        if (left.IsNumeric && right.IsNumeric)
        {
            return NumberSpan.Compare(leftText, left.Number, rightText, right.Number);
        }

        if (left.IsNumeric != right.IsNumeric)
        {
            return left.IsNumeric ? 1 : -1;
        }

        return Digits.Sign(leftText.AsSpan(left.Start, left.Length).SequenceCompareTo(rightText.AsSpan(right.Start, right.Length)));
    }
}
