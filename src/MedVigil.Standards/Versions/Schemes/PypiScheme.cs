namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// Python package versions under PEP 440 (as the <c>packaging</c> library reads them): optional epoch <c>N!</c>,
/// release <c>N(.N)*</c>, pre-release (<c>a</c>/<c>alpha</c>, <c>b</c>/<c>beta</c>, <c>rc</c>/<c>c</c>/<c>pre</c>/
/// <c>preview</c>), post-release (<c>.postN</c>, <c>-N</c>, <c>rev</c>, <c>r</c>), dev-release (<c>.devN</c>) and
/// local version (<c>+ubuntu.1</c>), case-insensitive with the separators PEP 440 allows. Versions print in their
/// normalised form (<c>1.0alpha</c> prints as <c>1.0a0</c>).
/// </summary>
internal sealed class PypiScheme() : VersionScheme("pypi")
{
    private protected override bool AllowsSpaces => true;

    private static readonly string[] PreLabels = ["alpha", "a", "beta", "b", "preview", "pre", "c", "rc"];
    private static readonly string[] PostLabels = ["post", "rev", "r"];

    private protected override SchemeVersion? ParseCore(string text, ref ParseFailure failure)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var i = 0;
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        if (i < end && text[i] is 'v' or 'V')
        {
            i++;
        }

        if (!TryParsePep440(text, i, end, out var parts, ref failure))
        {
            // packaging's LegacyVersion, which pip used for versions outside PEP 440 until 2022; they sort first.
            return text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 ? new PypiVersion(this, text, PypiLegacy.Key(text)) : null;
        }

        return new PypiVersion(this, text, parts);
    }

    private static bool TryParsePep440(string text, int i, int end, out PypiParts parts, ref ParseFailure failure)
    {
        parts = new PypiParts();
        var digits = Digits.RunLength(text, i);
        if (digits > 0 && i + digits < end && text[i + digits] == '!')
        {
            parts.Epoch = NumberSpan.Read(text, i, digits);
            i += digits + 1;
        }

        var release = new List<NumberSpan>();
        while (true)
        {
            digits = Digits.RunLength(text.AsSpan(0, end), i);
            if (digits == 0)
            {
                failure.At(i, "a release number is expected");
                return false;
            }

            release.Add(NumberSpan.Read(text, i, digits));
            i += digits;
            if (i + 1 < end && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        parts.Release = [.. release];
        var span = text.AsSpan(0, end);
        if (ReadLabelled(span, ref i, PreLabels, out var preLabel, out parts.PreNumber))
        {
            parts.PreKind = preLabel switch { 0 or 1 => 1, 2 or 3 => 2, _ => 3 };
        }

        if (i + 1 < end && text[i] == '-' && char.IsAsciiDigit(text[i + 1]))
        {
            digits = Digits.RunLength(span, i + 1);
            parts.Post = NumberSpan.Read(text, i + 1, digits);
            parts.HasPost = true;
            i += digits + 1;
        }
        else if (ReadLabelled(span, ref i, PostLabels, out _, out parts.Post))
        {
            parts.HasPost = true;
        }

        parts.HasDev = ReadLabelled(span, ref i, ["dev"], out _, out parts.Dev);
        if (i < end && text[i] == '+')
        {
            if (!ReadLocal(text, end, ref i, out parts.Local, ref failure))
            {
                return false;
            }
        }

        if (i < end)
        {
            failure.At(i, $"unexpected '{text[i]}': PEP 440 allows only release, pre, post, dev and local parts here");
            return false;
        }

        return true;
    }

    /// <summary>Reads <c>[-_.]?label[-_.]?N?</c> for the first label that matches; restores the position if none does.</summary>
    private static bool ReadLabelled(ReadOnlySpan<char> text, ref int i, string[] labels, out int label, out NumberSpan number)
    {
        label = -1;
        number = NumberSpan.Zero;
        var j = i;
        if (j < text.Length && IsSeparator(text[j]))
        {
            j++;
        }

        for (var k = 0; k < labels.Length; k++)
        {
            if (text[j..].StartsWith(labels[k], StringComparison.OrdinalIgnoreCase))
            {
                label = k;
                j += labels[k].Length;
                break;
            }
        }

        if (label < 0)
        {
            return false;
        }

        if (j < text.Length && IsSeparator(text[j]))
        {
            j++;
        }

        var digits = Digits.RunLength(text, j);
        if (digits > 0)
        {
            number = NumberSpan.Read(text, j, digits);
            j += digits;
        }

        i = j;
        return true;
    }

    private static bool ReadLocal(string text, int end, ref int i, out PypiLocalSegment[] local, ref ParseFailure failure)
    {
        var segments = new List<PypiLocalSegment>();
        local = [];
        do
        {
            i++;
            var start = i;
            while (i < end && char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                failure.At(i, "a local version segment must be letters or digits");
                return false;
            }

            var numeric = Digits.All(text.AsSpan(start, i - start));
            segments.Add(new PypiLocalSegment(start, i - start, numeric, numeric ? NumberSpan.Read(text, start, i - start) : default));
        }
        while (i < end && IsSeparator(text[i]));

        local = [.. segments];
        return true;
    }

    private static bool IsSeparator(char c) => c is '-' or '_' or '.';
}

/// <summary>The parsed pieces of a PEP 440 version, before it becomes a <see cref="PypiVersion"/>.</summary>
internal struct PypiParts
{
    public NumberSpan Epoch;
    public NumberSpan[] Release;

    /// <summary>0 none, 1 a, 2 b, 3 rc: the same order as the letters PEP 440 compares.</summary>
    public int PreKind;
    public NumberSpan PreNumber;
    public bool HasPost;
    public NumberSpan Post;
    public bool HasDev;
    public NumberSpan Dev;
    public PypiLocalSegment[]? Local;
}

/// <summary>One segment of a local version label; numeric segments sort after alphanumeric ones.</summary>
internal readonly record struct PypiLocalSegment(int Start, int Length, bool IsNumeric, NumberSpan Number);
