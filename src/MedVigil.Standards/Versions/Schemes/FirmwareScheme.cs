namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// The tolerant vendor-firmware scheme for medical-device version strings (<c>V4.00_12</c>, <c>1.2.3 build 45</c>,
/// <c>R2.1</c>, <c>2.1 SP3</c>, <c>v1.20.3a</c>, <c>2021-03-15</c>). The rules, in order:
/// <list type="number">
/// <item>Surrounding spaces are ignored. A leading <c>v</c>, <c>r</c>, <c>ver</c>, <c>version</c>, <c>rev</c>,
/// <c>rel</c>, <c>release</c>, <c>fw</c> or <c>firmware</c> (any case, optionally followed by '.', ':', '_' or spaces) is
/// dropped when a digit follows it.</item>
/// <item>The rest splits into runs of digits and runs of letters; every other character separates.</item>
/// <item>Digit runs are numbers, compared by value; 0 equals a missing segment (<c>4.00 = 4 = 4.0.0</c>).</item>
/// <item>Markers <c>build</c>, <c>bld</c>, <c>sp</c>, <c>rev</c>, <c>r</c>, <c>patch</c>, <c>p</c>, <c>pl</c>,
/// <c>hotfix</c>, <c>hf</c>, <c>update</c>, <c>upd</c>, <c>fix</c> and <c>mr</c> followed by a number stand for that
/// number as a further segment (<c>2.1 SP3 = 2.1.3</c>, <c>1.2.3 build 45 = 1.2.3.45</c>); without a number they are
/// ignored, as are <c>final</c>, <c>ga</c>, <c>release</c>, <c>rel</c>, <c>stable</c> and <c>gm</c>.</item>
/// <item>Pre-release words sort before the release they qualify, in the order <c>dev</c>/<c>snapshot</c> &lt;
/// <c>alpha</c> &lt; <c>beta</c> &lt; <c>pre</c>/<c>preview</c>/<c>eval</c>/<c>ea</c> &lt; <c>rc</c>/<c>cr</c>, then by the
/// number that follows them (<c>2.0b2 &lt; 2.0 RC1 &lt; 2.0</c>); a lone <c>a</c> or <c>b</c> is alpha or beta only when a
/// number follows it.</item>
/// <item>Any other word (including a letter suffix as in <c>1.20.3a</c>) sorts after the end of the version and
/// before any further number, alphabetically and ignoring case:
/// <c>1.20.3 &lt; 1.20.3a &lt; 1.20.3b &lt; 1.20.3.1 &lt; 1.20.4</c>.</item>
/// <item>Dates compare correctly only year first (<c>2021-03-15</c>, <c>20210315</c>).</item>
/// </list>
/// A version needs at least one digit, except a lone revision letter (<c>K</c>, <c>N.0</c>: Philips IntelliVue
/// revisions), which is a word compared alphabetically (<c>J &lt; K &lt; N = N.0</c>).
/// </summary>
internal sealed class FirmwareScheme() : VersionScheme("firmware")
{
    private protected override bool AllowsSpaces => true;

    private static readonly string[] Prefixes = ["firmware", "version", "release", "fw", "ver", "rev", "rel", "v", "r"];
    private static readonly string[] Markers = ["build", "bld", "sp", "rev", "r", "patch", "p", "pl", "hotfix", "hf", "update", "upd", "fix", "mr"];
    private static readonly string[] ReleaseWords = ["final", "ga", "release", "rel", "stable", "gm"];
    private static readonly (string Word, int Rank)[] PreReleaseWords =
        [("dev", 0), ("snapshot", 0), ("alpha", 1), ("beta", 2), ("pre", 3), ("preview", 3), ("eval", 3), ("ea", 3), ("rc", 4), ("cr", 4)];

    private protected override SchemeVersion? ParseCore(string text, ref ParseFailure failure)
    {
        var i = SkipPrefix(text, SkipSpaces(text, 0));
        var letter = SkipSpaces(text, 0);
        if (IsRevisionLetter(text.AsSpan(letter).TrimEnd()))
        {
            return new SegmentedVersion(this, text, [new Segment(SegmentKind.Word, letter, 1, NumberSpan.Zero, 0)]);
        }

        if (text.AsSpan(i).IndexOfAnyInRange('0', '9') < 0)
        {
            return failure.At(i, "a firmware version needs at least one digit");
        }

        var segments = new List<Segment>();
        while (i < text.Length)
        {
            var digits = Digits.RunLength(text, i);
            if (digits > 0)
            {
                segments.Add(Segment.ForNumber(text, i, digits));
                i += digits;
                continue;
            }

            var letters = Digits.LetterRunLength(text, i);
            if (letters == 0)
            {
                i++;
                continue;
            }

            i = ReadWord(text, i, letters, segments);
        }

        return new SegmentedVersion(this, text, [.. segments]);
    }

    /// <summary>A single letter, as device makers number hardware and software revisions (<c>Rev K</c>).</summary>
    private static bool IsRevisionLetter(ReadOnlySpan<char> text) => text.Length == 1 && char.IsAsciiLetter(text[0]);

    /// <summary>Turns the word at <paramref name="start"/> (and the number after it, when it takes one) into segments.</summary>
    private static int ReadWord(string text, int start, int length, List<Segment> segments)
    {
        var word = text.AsSpan(start, length);
        var end = start + length;
        var numberStart = NumberAfter(text, end, out var numberLength);
        var hasNumber = numberLength > 0;
        if (IsOneOf(word, Markers))
        {
            if (hasNumber)
            {
                segments.Add(Segment.ForNumber(text, numberStart, numberLength));
                return numberStart + numberLength;
            }

            return end;
        }

        if (IsOneOf(word, ReleaseWords))
        {
            return end;
        }

        var rank = PreReleaseRank(word, hasNumber);
        if (rank >= 0)
        {
            var number = hasNumber ? NumberSpan.Read(text, numberStart, numberLength) : NumberSpan.Zero;
            segments.Add(new Segment(SegmentKind.PreRelease, 0, 0, number, rank));
            return hasNumber ? numberStart + numberLength : end;
        }

        segments.Add(new Segment(SegmentKind.Word, start, length, NumberSpan.Zero, 0));
        return end;
    }

    private static int PreReleaseRank(ReadOnlySpan<char> word, bool hasNumber)
    {
        foreach (var (candidate, rank) in PreReleaseWords)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return rank;
            }
        }

        return hasNumber && word.Length == 1 && char.ToLowerInvariant(word[0]) is 'a' or 'b' ? (char.ToLowerInvariant(word[0]) == 'a' ? 1 : 2) : -1;
    }

    /// <summary>The start of a number directly after a word, or after one separator; its length is 0 when there is none.</summary>
    private static int NumberAfter(string text, int i, out int length)
    {
        if (i < text.Length && !char.IsAsciiLetterOrDigit(text[i]))
        {
            i = SkipSpaces(text, i + (text[i] == ' ' ? 0 : 1));
        }

        length = Digits.RunLength(text, i);
        return i;
    }

    private static int SkipPrefix(string text, int i)
    {
        foreach (var prefix in Prefixes)
        {
            if (!text.AsSpan(i).StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var j = i + prefix.Length;
            while (j < text.Length && text[j] is '.' or ':' or '_' or ' ')
            {
                j++;
            }

            if (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                return j;
            }
        }

        return i;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
