namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// Versions compared as plain text by Unicode code point, which is the order of their UTF-8 bytes; no normalisation
/// (<c>é</c> and <c>e</c> + combining accent differ).
/// </summary>
internal sealed class LexicographicScheme() : VersionScheme("lexicographic")
{
    private protected override bool AllowsSpaces => true;

    private protected override SchemeVersion? ParseCore(string text, ref ParseFailure failure) => new LexicographicVersion(this, text);
}

/// <summary>A version that orders as text.</summary>
public sealed class LexicographicVersion : SchemeVersion
{
    internal LexicographicVersion(VersionScheme scheme, string text)
        : base(scheme, text)
    {
    }

    private protected override int CompareSameScheme(SchemeVersion other)
    {
        var left = Text.AsSpan();
        var right = other.Text.AsSpan();
        var common = left.CommonPrefixLength(right);
        if (common == left.Length || common == right.Length)
        {
            return left.Length.CompareTo(right.Length);
        }

        // UTF-16 order differs from code point order only between surrogates and U+E000..U+FFFF.
        return CodePointOrder(left[common]).CompareTo(CodePointOrder(right[common]));
    }

    private protected override int EquivalenceHash() => Text.GetHashCode(StringComparison.Ordinal);

    private static int CodePointOrder(char c) => c >= 0xE000 ? c - 0x800 : char.IsSurrogate(c) ? c + 0x2000 : c;
}
