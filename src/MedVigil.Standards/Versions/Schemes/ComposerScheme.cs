using System.Text;

namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// Packagist/Composer versions ordered as PHP's <c>version_compare</c> after Composer drops a leading <c>v</c>:
/// '-', '_', '+' and other symbols become '.', a '.' is put at every letter/digit transition, and the parts compare in
/// turn: numbers by value, words by their special form <c>dev &lt; alpha = a &lt; beta = b &lt; RC = rc &lt; (number) &lt;
/// pl = p</c> (a word matching none ranks below <c>dev</c>). When one side runs out, a following number wins and a
/// following word is ranked against a number. Trailing separators are ignored.
/// </summary>
internal sealed class ComposerScheme() : VersionScheme("composer")
{
    private protected override SchemeVersion? ParseCore(string text, ref ParseFailure failure)
    {
        var start = text[0] is 'v' or 'V' && text.Length > 1 ? 1 : 0;
        return new ComposerVersion(this, text, Canonicalize(text.AsSpan(start)));
    }

    /// <summary>PHP's <c>php_canonicalize_version</c>.</summary>
    private static string Canonicalize(ReadOnlySpan<char> version)
    {
        var canonical = new StringBuilder(version.Length * 2);
        var previous = version[0];
        canonical.Append(previous);
        for (var i = 1; i < version.Length; i++)
        {
            var c = version[i];
            var lastIsDot = canonical[^1] == '.';
            var transition = (IsNonDigit(previous) && char.IsAsciiDigit(c)) || (char.IsAsciiDigit(previous) && IsNonDigit(c));
            if (c is '-' or '_' or '+' || (!transition && !char.IsAsciiLetterOrDigit(c)))
            {
                if (!lastIsDot)
                {
                    canonical.Append('.');
                }
            }
            else if (transition)
            {
                if (!lastIsDot)
                {
                    canonical.Append('.');
                }

                canonical.Append(c);
            }
            else
            {
                canonical.Append(c);
            }

            previous = c;
        }

        // A trailing separator would leave an empty last part, which PHP orders inconsistently (1.2.3. < 1.2.3. and
        // 1.2.3.beta < 1.2.3. < 1.2.3.beta); without it, 1.2.3. reads as 1.2.3, as Composer's normaliser has it.
        return canonical.ToString().TrimEnd('.');
    }

    private static bool IsNonDigit(char c) => !char.IsAsciiDigit(c) && c != '.';
}

/// <summary>A Packagist (Composer) package version.</summary>
public sealed class ComposerVersion : SchemeVersion
{
    private const string NumberForm = "#N#";
    private readonly string _canonical;

    internal ComposerVersion(VersionScheme scheme, string text, string canonical)
        : base(scheme, text) => _canonical = canonical;

    private protected override int CompareSameScheme(SchemeVersion other) => VersionCompare(_canonical, ((ComposerVersion)other)._canonical);


    /// <summary>PHP's <c>php_version_compare</c> on already canonical strings.</summary>
    private static int VersionCompare(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (left.IsEmpty || right.IsEmpty)
        {
            return left.IsEmpty && right.IsEmpty ? 0 : (left.IsEmpty ? -1 : 1);
        }

        var compare = 0;
        bool moreLeft = true, moreRight = true;
        while (!left.IsEmpty && !right.IsEmpty && moreLeft && moreRight)
        {
            var leftDot = left.IndexOf('.');
            var rightDot = right.IndexOf('.');
            moreLeft = leftDot >= 0;
            moreRight = rightDot >= 0;
            var leftPart = moreLeft ? left[..leftDot] : left;
            var rightPart = moreRight ? right[..rightDot] : right;
            compare = ComparePart(leftPart, rightPart);
            if (compare != 0)
            {
                break;
            }

            if (moreLeft)
            {
                left = left[(leftDot + 1)..];
            }

            if (moreRight)
            {
                right = right[(rightDot + 1)..];
            }
        }

        if (compare == 0)
        {
            if (moreLeft)
            {
                compare = StartsWithDigit(left) ? 1 : VersionCompare(left, NumberForm);
            }
            else if (moreRight)
            {
                compare = StartsWithDigit(right) ? -1 : VersionCompare(NumberForm, right);
            }
        }

        return compare;
    }

    private static int ComparePart(ReadOnlySpan<char> left, ReadOnlySpan<char> right) => (StartsWithDigit(left), StartsWithDigit(right)) switch
    {
        (true, true) => Digits.Compare(left[..Digits.RunLength(left, 0)], right[..Digits.RunLength(right, 0)]),
        (false, false) => Digits.Sign(SpecialForm(left) - SpecialForm(right)),
        (true, false) => Digits.Sign(SpecialForm(NumberForm) - SpecialForm(right)),
        _ => Digits.Sign(SpecialForm(left) - SpecialForm(NumberForm)),
    };

    private static bool StartsWithDigit(ReadOnlySpan<char> part) => !part.IsEmpty && char.IsAsciiDigit(part[0]);

    /// <summary>PHP's <c>compare_special_version_forms</c>: the order of the first special form the part starts with.</summary>
    private static int SpecialForm(ReadOnlySpan<char> part) =>
        part.StartsWith("dev") ? 0
        : part.StartsWith("alpha") || part.StartsWith("a") ? 1
        : part.StartsWith("beta") || part.StartsWith("b") ? 2
        : part.StartsWith("RC") || part.StartsWith("rc") ? 3
        : part.StartsWith("#") ? 4
        : part.StartsWith("pl") || part.StartsWith("p") ? 5
        : -1;
}
