namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// SemVer 2.0.0 ordering (<c>MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]</c>) under one of its dialects; see
/// <see cref="SemverRules"/>. Precedence: core numbers, then a pre-release sorts before the release, then pre-release
/// identifiers one by one (numeric below alphanumeric, numbers by value, text by ASCII), then the longer list.
/// </summary>
internal sealed class SemverScheme : VersionScheme
{
    private readonly SemverRules _rules;

    public SemverScheme(string name, SemverRules rules)
        : base(name) => _rules = rules;

    private protected override SchemeVersion? ParseCore(string text, ref ParseFailure failure)
    {
        var i = 0;
        if (_rules.AllowLeadingEquals && text[i] == '=')
        {
            i++;
        }

        if (_rules.AllowLeadingV && i < text.Length && text[i] is 'v' or 'V')
        {
            i++;
        }

        var core = new NumberSpan[3];
        for (var part = 0; part < 3; part++)
        {
            if (part > 0)
            {
                if (i == text.Length && _rules.AllowShorthand)
                {
                    core[part] = NumberSpan.Zero;
                    continue;
                }

                if (i >= text.Length || text[i] != '.')
                {
                    return failure.At(i, part == 1 ? "a '.' and the minor number must follow the major number" : "a '.' and the patch number must follow the minor number");
                }

                i++;
            }

            if (!ReadNumber(text, ref i, out core[part], ref failure))
            {
                return null;
            }
        }

        // A shorthand (Go's v1, v1.2) has ended by now, so it can carry neither a pre-release nor build metadata.
        var prerelease = Array.Empty<SemverIdentifier>();
        var build = Array.Empty<SemverIdentifier>();
        if (i < text.Length && text[i] == '-' && !ReadIdentifiers(text, ref i, numericRules: true, out prerelease, ref failure))
        {
            return null;
        }

        if (i < text.Length && text[i] == '+' && !ReadIdentifiers(text, ref i, numericRules: false, out build, ref failure))
        {
            return null;
        }

        if (i < text.Length)
        {
            return failure.At(i, $"unexpected '{text[i]}' after the version");
        }

        return new SemVersion(this, text, core[0], core[1], core[2], prerelease, build, _rules.BuildOrders);
    }

    private bool ReadNumber(string text, ref int i, out NumberSpan number, ref ParseFailure failure)
    {
        number = default;
        var length = Digits.RunLength(text, i);
        if (length == 0)
        {
            failure.At(i, "a number is expected");
            return false;
        }

        if (!_rules.AllowLeadingZeros && length > 1 && text[i] == '0')
        {
            failure.At(i, "numbers must not have leading zeros");
            return false;
        }

        number = NumberSpan.Read(text, i, length);
        if (_rules.MaxNumber is { } max && (number.IsBig || number.Value > max))
        {
            failure.At(i, $"the number is larger than {max}");
            return false;
        }

        i += length;
        return true;
    }

    /// <summary>Reads <c>-a.b.c</c> or <c>+a.b.c</c>: non-empty dot-separated identifiers of <c>[0-9A-Za-z-]</c>.</summary>
    private bool ReadIdentifiers(string text, ref int i, bool numericRules, out SemverIdentifier[] identifiers, ref ParseFailure failure)
    {
        var list = new List<SemverIdentifier>();
        identifiers = [];
        do
        {
            i++; // the '-', '+' or '.'
            var start = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }

            if (i == start)
            {
                failure.At(i, "an identifier must not be empty and may hold only letters, digits and '-'");
                return false;
            }

            var numeric = Digits.All(text.AsSpan(start, i - start));
            if (numeric && numericRules && !_rules.AllowLeadingZeros && i - start > 1 && text[start] == '0')
            {
                failure.At(start, "numeric pre-release identifiers must not have leading zeros");
                return false;
            }

            var number = numeric ? NumberSpan.Read(text, start, i - start) : default;
            if (numeric && numericRules && _rules.MaxNumber is { } max && (number.IsBig || number.Value > max))
            {
                failure.At(start, $"the number is larger than {max}");
                return false;
            }

            list.Add(new SemverIdentifier(start, i - start, numeric, number));
        }
        while (i < text.Length && text[i] == '.');

        identifiers = [.. list];
        return true;
    }
}

/// <summary>One dot-separated pre-release or build identifier.</summary>
internal readonly record struct SemverIdentifier(int Start, int Length, bool IsNumeric, NumberSpan Number)
{
    public static int Compare(string leftText, SemverIdentifier left, string rightText, SemverIdentifier right)
    {
        if (left.IsNumeric && right.IsNumeric)
        {
            return NumberSpan.Compare(leftText, left.Number, rightText, right.Number);
        }

        if (left.IsNumeric != right.IsNumeric)
        {
            return left.IsNumeric ? -1 : 1;
        }

        return Digits.Sign(leftText.AsSpan(left.Start, left.Length).SequenceCompareTo(rightText.AsSpan(right.Start, right.Length)));
    }

    public static int CompareLists(string leftText, SemverIdentifier[] left, string rightText, SemverIdentifier[] right)
    {
        var count = Math.Min(left.Length, right.Length);
        for (var i = 0; i < count; i++)
        {
            var result = Compare(leftText, left[i], rightText, right[i]);
            if (result != 0)
            {
                return result;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    public int Hash(string text) => IsNumeric ? Number.Hash(text) : string.GetHashCode(text.AsSpan(Start, Length), StringComparison.Ordinal);
}
