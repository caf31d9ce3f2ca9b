namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// Versions that are only numbers between separators (R/CRAN <c>1.2-3</c>, Haskell/Hackage <c>1.2.3.4</c>), compared
/// number by number; when one is a prefix of the other the longer is greater (<c>1.0 &lt; 1.0.0</c>, as R and
/// Cabal do).
/// </summary>
internal sealed class DottedNumbersScheme(string name, string separators) : VersionScheme(name)
{
    private protected override SchemeVersion? ParseCore(string text, ref ParseFailure failure)
    {
        var numbers = new List<NumberSpan>();
        var i = 0;
        while (true)
        {
            var digits = Digits.RunLength(text, i);
            if (digits == 0)
            {
                return failure.At(i, "a number is expected");
            }

            numbers.Add(NumberSpan.Read(text, i, digits));
            i += digits;
            if (i == text.Length)
            {
                return new DottedNumbersVersion(this, text, [.. numbers]);
            }

            if (!separators.Contains(text[i], StringComparison.Ordinal))
            {
                return failure.At(i, $"only numbers separated by {string.Join(" or ", separators.Select(c => $"'{c}'"))} are allowed");
            }

            i++;
        }
    }
}

/// <summary>A version made only of numbers.</summary>
public sealed class DottedNumbersVersion : SchemeVersion
{
    private readonly NumberSpan[] _numbers;

    internal DottedNumbersVersion(VersionScheme scheme, string text, NumberSpan[] numbers)
        : base(scheme, text) => _numbers = numbers;

    private protected override int CompareSameScheme(SchemeVersion other)
    {
        var right = (DottedNumbersVersion)other;
        var count = Math.Min(_numbers.Length, right._numbers.Length);
        for (var i = 0; i < count; i++)
        {
            var result = NumberSpan.Compare(Text, _numbers[i], right.Text, right._numbers[i]);
            if (result != 0)
            {
                return result;
            }
        }

        return _numbers.Length.CompareTo(right._numbers.Length);
    }

    private protected override int EquivalenceHash()
    {
        var hash = new HashCode();
        foreach (var number in _numbers)
        {
            hash.Add(number.Hash(Text));
        }

        return hash.ToHashCode();
    }
}
