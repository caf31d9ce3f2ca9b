namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// Conan 2 versions: <c>items[-prerelease][+build]</c>, items split on '.', numbers compare by value, text by code
/// point, a number against text as the number's decimal text; trailing zero items are ignored (<c>1 = 1.0.0</c>);
/// a pre-release sorts before the same items without one, and a build sorts after no build. The pre-release and
/// build are versions themselves and compare the same way.
/// </summary>
internal sealed class ConanScheme() : VersionScheme("conan")
{
    private protected override SchemeVersion? ParseCore(string text, ref ParseFailure failure)
    {
        return new ConanVersion(this, text, ConanParts.Parse(text, 0, text.Length, qualifier: false));
    }
}

/// <summary>A Conan package version.</summary>
public sealed class ConanVersion : SchemeVersion
{
    private readonly ConanParts _parts;

    internal ConanVersion(VersionScheme scheme, string text, ConanParts parts)
        : base(scheme, text) => _parts = parts;

    private protected override int CompareSameScheme(SchemeVersion other) => ConanParts.Compare(_parts, ((ConanVersion)other)._parts);

    private protected override int EquivalenceHash() => _parts.Hash();
}

/// <summary>The items, pre-release and build of a Conan version (the last two are nested versions).</summary>
internal sealed class ConanParts
{
    private readonly string _text;
    private readonly GemSegment[] _items;
    private readonly ConanParts? _prerelease;
    private readonly ConanParts? _build;

    private ConanParts(string text, GemSegment[] items, ConanParts? prerelease, ConanParts? build) =>
        (_text, _items, _prerelease, _build) = (text, items, prerelease, build);

    public static ConanParts Parse(string text, int start, int end, bool qualifier)
    {
        ConanParts? build = null, prerelease = null;
        if (!qualifier)
        {
            var plus = text.AsSpan(start, end - start).LastIndexOf('+');
            if (plus >= 0)
            {
                build = Parse(text, start + plus + 1, end, qualifier: true);
                end = start + plus;
            }

            var dash = text.AsSpan(start, end - start).IndexOf('-');
            if (dash >= 0)
            {
                prerelease = Parse(text, start + dash + 1, end, qualifier: true);
                end = start + dash;
            }
        }

        var items = new List<GemSegment>();
        var itemStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || text[i] == '.')
            {
                var numeric = Digits.All(text.AsSpan(itemStart, i - itemStart));
                items.Add(new GemSegment(itemStart, i - itemStart, numeric, numeric ? NumberSpan.Read(text, itemStart, i - itemStart) : default));
                itemStart = i + 1;
            }
        }

        while (items.Count > 0 && items[^1].IsNumeric && items[^1].Number.IsZero)
        {
            items.RemoveAt(items.Count - 1);
        }

        return new ConanParts(text, [.. items], prerelease, build);
    }

    public static int Compare(ConanParts left, ConanParts right)
    {
        var items = CompareItems(left, right);
        if (left._prerelease is not null && right._prerelease is not null)
        {
            if (items != 0)
            {
                return items;
            }

            var prerelease = Compare(left._prerelease, right._prerelease);
            return prerelease != 0 ? prerelease : CompareBuilds(left._build, right._build);
        }

        if (left._prerelease is not null || right._prerelease is not null)
        {
            return items != 0 ? items : (left._prerelease is not null ? -1 : 1);
        }

        return items != 0 ? items : CompareBuilds(left._build, right._build);
    }

    public int Hash()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item.IsNumeric ? item.Number.Hash(_text) : string.GetHashCode(_text.AsSpan(item.Start, item.Length), StringComparison.Ordinal));
        }

        hash.Add(_prerelease?.Hash() ?? 0);
        hash.Add(_build?.Hash() ?? 0);
        return hash.ToHashCode();
    }

    private static int CompareBuilds(ConanParts? left, ConanParts? right) =>
        left is null || right is null ? (left is null ? 0 : 1) - (right is null ? 0 : 1) : Compare(left, right);

    private static int CompareItems(ConanParts left, ConanParts right)
    {
        var count = Math.Min(left._items.Length, right._items.Length);
        for (var i = 0; i < count; i++)
        {
            var result = CompareItem(left._text, left._items[i], right._text, right._items[i]);
            if (result != 0)
            {
                return result;
            }
        }

        return left._items.Length.CompareTo(right._items.Length);
    }

    /// <summary>Python's ordering of Conan's items: int with int, str with str, and int against str as text.</summary>
    private static int CompareItem(string leftText, GemSegment left, string rightText, GemSegment right)
    {
        if (left.IsNumeric && right.IsNumeric)
        {
            return NumberSpan.Compare(leftText, left.Number, rightText, right.Number);
        }

        var leftSpan = AsText(leftText, left);
        var rightSpan = AsText(rightText, right);
        return Digits.Sign(leftSpan.SequenceCompareTo(rightSpan));
    }

    private static ReadOnlySpan<char> AsText(string text, GemSegment item)
    {
        var span = text.AsSpan(item.Start, item.Length);
        if (!item.IsNumeric)
        {
            return span;
        }

        var trimmed = span.TrimStart('0');
        return trimmed.IsEmpty ? "0" : trimmed;
    }
}
