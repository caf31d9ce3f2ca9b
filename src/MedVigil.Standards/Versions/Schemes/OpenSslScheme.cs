namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// OpenSSL versions: the legacy scheme before 3.0 (<c>1.0.2k</c>, <c>0.9.8za</c>, <c>0.9.7-beta1</c>,
/// <c>1.0.2zc-dev</c>) and semantic versions from 3.0. Every legacy version sorts before every 3.x version. Legacy
/// versions compare major, minor and fix numbers, then an <c>-alpha</c>/<c>-beta</c> pre-release before the release,
/// then the letter suffix as text (<c>1.0.2 &lt; 1.0.2a &lt; 1.0.2z &lt; 1.0.2za</c>).
/// </summary>
internal sealed class OpenSslScheme() : VersionScheme("openssl")
{
    private static readonly SemverScheme Modern = new("openssl", SemverRules.Go);

    private protected override SchemeVersion? ParseCore(string text, ref ParseFailure failure)
    {
        var i = 0;
        var numbers = new NumberSpan[3];
        for (var part = 0; part < 3; part++)
        {
            if (part > 0)
            {
                if (i >= text.Length || text[i] != '.')
                {
                    return failure.At(i, "an OpenSSL version has three numbers separated by '.'");
                }

                i++;
            }

            var digits = Digits.RunLength(text, i);
            if (digits == 0)
            {
                return failure.At(i, "a number is expected");
            }

            // A legacy fix number is a single digit when letters follow it (1.0.2k), so "2k" reads as 2 and "k".
            numbers[part] = NumberSpan.Read(text, i, digits);
            i += digits;
        }

        if (!numbers[0].IsBig && numbers[0].Value >= 3)
        {
            return Modern.TryParse(text, out var modern, out var error)
                ? new OpenSslVersion(this, text, numbers, suffixStart: -1, (SemVersion)modern)
                : failure.At(error.Position, error.Reason);
        }

        for (var j = i; j < text.Length; j++)
        {
            if (!char.IsAsciiLetterOrDigit(text[j]) && text[j] != '-')
            {
                return failure.At(j, $"unexpected '{text[j]}' in a legacy OpenSSL version");
            }
        }

        return new OpenSslVersion(this, text, numbers, suffixStart: i, modern: null);
    }
}

/// <summary>An OpenSSL release version.</summary>
public sealed class OpenSslVersion : SchemeVersion
{
    private readonly NumberSpan[] _numbers;
    private readonly int _suffixStart;
    private readonly SemVersion? _modern;

    internal OpenSslVersion(VersionScheme scheme, string text, NumberSpan[] numbers, int suffixStart, SemVersion? modern)
        : base(scheme, text) => (_numbers, _suffixStart, _modern) = (numbers, suffixStart, modern);

    /// <summary>True for versions before 3.0, which use letter releases.</summary>
    public bool IsLegacy => _modern is null;

    private ReadOnlySpan<char> Suffix => Text.AsSpan(_suffixStart);

    private bool IsPrerelease => Suffix.StartsWith("-alpha") || Suffix.StartsWith("-beta");

    private protected override int CompareSameScheme(SchemeVersion other)
    {
        var right = (OpenSslVersion)other;
        if (_modern is not null || right._modern is not null)
        {
            return _modern is null ? -1 : right._modern is null ? 1 : _modern.CompareTo(right._modern);
        }

        for (var i = 0; i < 3; i++)
        {
            var result = NumberSpan.Compare(Text, _numbers[i], right.Text, right._numbers[i]);
            if (result != 0)
            {
                return result;
            }
        }

        if (IsPrerelease != right.IsPrerelease)
        {
            return IsPrerelease ? -1 : 1;
        }

        return Digits.Sign(Suffix.SequenceCompareTo(right.Suffix));
    }

    private protected override int EquivalenceHash() => _modern?.GetHashCode() ?? string.GetHashCode(Text.AsSpan(_suffixStart), StringComparison.Ordinal);
}
