namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// NuGet versions (NuGet.Versioning): one to four numeric parts (<c>1.0</c> = <c>1.0.0.0</c>, leading zeros allowed),
/// an optional pre-release label after '-' and metadata after '+'. Labels compare part by part, numbers by value
/// and below text, text case-insensitively; metadata never affects order.
/// </summary>
internal sealed class NuGetScheme() : VersionScheme("nuget")
{
    private protected override SchemeVersion? ParseCore(string text, ref ParseFailure failure)
    {
        var plus = text.IndexOf('+');
        var end = plus >= 0 ? plus : text.Length;
        var dash = text.AsSpan(0, end).IndexOf('-');
        var numbersEnd = dash >= 0 ? dash : end;
        var numbers = new NumberSpan[4];
        var count = 0;
        var i = 0;
        while (true)
        {
            var digits = Digits.RunLength(text.AsSpan(0, numbersEnd), i);
            if (digits == 0)
            {
                return failure.At(i, "a number is expected");
            }

            numbers[count++] = NumberSpan.Read(text, i, digits);
            i += digits;
            if (i == numbersEnd)
            {
                break;
            }

            if (text[i] != '.' || count == 4)
            {
                return failure.At(i, count == 4 ? "a NuGet version has at most four numbers" : $"unexpected '{text[i]}'");
            }

            i++;
        }

        var labels = Array.Empty<SemverIdentifier>();
        if (dash >= 0 && !ReadParts(text, dash + 1, end, out labels, ref failure))
        {
            return null;
        }

        if (plus >= 0 && !ReadParts(text, plus + 1, text.Length, out _, ref failure))
        {
            return null;
        }

        return new NuGetVersion(this, text, numbers, labels);
    }

    private static bool ReadParts(string text, int start, int end, out SemverIdentifier[] parts, ref ParseFailure failure)
    {
        var list = new List<SemverIdentifier>();
        parts = [];
        var i = start;
        while (true)
        {
            var partStart = i;
            while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }

            if (i == partStart)
            {
                failure.At(i, "labels must be non-empty and hold only letters, digits and '-'");
                return false;
            }

            var numeric = Digits.All(text.AsSpan(partStart, i - partStart));
            list.Add(new SemverIdentifier(partStart, i - partStart, numeric, numeric ? NumberSpan.Read(text, partStart, i - partStart) : default));
            if (i == end)
            {
                break;
            }

            if (text[i] != '.')
            {
                failure.At(i, $"unexpected '{text[i]}'");
                return false;
            }

            i++;
        }

        parts = [.. list];
        return true;
    }
}

/// <summary>A NuGet package version.</summary>
public sealed class NuGetVersion : SchemeVersion
{
    private readonly NumberSpan[] _numbers;
    private readonly SemverIdentifier[] _labels;

    internal NuGetVersion(VersionScheme scheme, string text, NumberSpan[] numbers, SemverIdentifier[] labels)
        : base(scheme, text) => (_numbers, _labels) = (numbers, labels);

    public bool IsPrerelease => _labels.Length > 0;

    /// <summary>
    /// The normalised form: three numbers (four when the revision is not 0) without leading zeros, the pre-release
    /// label in lower case (labels compare ignoring case) and the metadata as written.
    /// </summary>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < (_numbers[3].IsZero ? 3 : 4); i++)
        {
            var digits = _numbers[i].Length == 0 ? "" : Text.AsSpan(_numbers[i].Start, _numbers[i].Length).TrimStart('0');
            (i == 0 ? text : text.Append('.')).Append(digits.IsEmpty ? "0" : digits);
        }

        if (_labels.Length > 0)
        {
            var labels = Text.AsSpan(_labels[0].Start, _labels[^1].Start + _labels[^1].Length - _labels[0].Start);
            text.Append('-').Append(labels.ToString().ToLowerInvariant());
        }

        var plus = Text.IndexOf('+');
        var normalized = text.ToString();
        return plus < 0 ? normalized : normalized + Text[plus..];
    }

    private protected override int CompareSameScheme(SchemeVersion other)
    {
        var right = (NuGetVersion)other;
        for (var i = 0; i < 4; i++)
        {
            var result = NumberSpan.Compare(Text, _numbers[i], right.Text, right._numbers[i]);
            if (result != 0)
            {
                return result;
            }
        }

        if (_labels.Length == 0 || right._labels.Length == 0)
        {
            return right._labels.Length.CompareTo(_labels.Length) switch { < 0 => -1, > 0 => 1, _ => 0 };
        }

        var count = Math.Min(_labels.Length, right._labels.Length);
        for (var i = 0; i < count; i++)
        {
            var result = CompareLabel(_labels[i], right.Text, right._labels[i]);
            if (result != 0)
            {
                return result;
            }
        }

        return _labels.Length.CompareTo(right._labels.Length);
    }

    private protected override int EquivalenceHash()
    {
        var hash = new HashCode();
        foreach (var number in _numbers)
        {
            hash.Add(number.Hash(Text));
        }

        foreach (var label in _labels)
        {
            hash.Add(label.IsNumeric ? label.Number.Hash(Text) : string.GetHashCode(Text.AsSpan(label.Start, label.Length), StringComparison.OrdinalIgnoreCase));
        }

        return hash.ToHashCode();
    }

    private int CompareLabel(SemverIdentifier left, string rightText, SemverIdentifier right)
    {
        if (left.IsNumeric || right.IsNumeric)
        {
            return SemverIdentifier.Compare(Text, left, rightText, right);
        }

        return Digits.Sign(Text.AsSpan(left.Start, left.Length).CompareTo(rightText.AsSpan(right.Start, right.Length), StringComparison.OrdinalIgnoreCase));
    }
}
