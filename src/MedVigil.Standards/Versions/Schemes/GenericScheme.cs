namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// The <c>generic</c> scheme, for versions with no ecosystem rules: runs of digits are numbers, runs of letters are
/// words, anything else separates. Numbers compare by value (<c>1.0 = 1.0.0 = 1.00</c>); a word sorts before the end
/// and before any number, so <c>1.0alpha &lt; 1.0 &lt; 1.0.1</c>; words compare alphabetically, ignoring case.
/// </summary>
internal sealed class GenericScheme() : VersionScheme("generic")
{
    private protected override bool AllowsSpaces => true;

    private protected override SchemeVersion? ParseCore(string text, ref ParseFailure failure)
    {
        var segments = new List<Segment>();
        var i = 0;
        while (i < text.Length)
        {
            var digits = Digits.RunLength(text, i);
            var letters = digits == 0 ? Digits.LetterRunLength(text, i) : 0;
            if (digits > 0)
            {
                segments.Add(Segment.ForNumber(text, i, digits));
            }
            else if (letters > 0)
            {
                segments.Add(new Segment(SegmentKind.PreRelease, i, letters, NumberSpan.Zero, 0));
            }

            i += Math.Max(1, digits + letters);
        }

        return segments.Count == 0 ? failure.At(0, "a version needs at least one letter or digit") : new SegmentedVersion(this, text, [.. segments]);
    }
}
