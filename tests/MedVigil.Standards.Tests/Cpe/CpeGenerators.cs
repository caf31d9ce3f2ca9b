using FsCheck;
using FsCheck.Fluent;

namespace MedVigil.Standards.Tests.Cpe;

/// <summary>A canonical formatted string: what <c>CpeName.ToString</c> writes.</summary>
public sealed record CanonicalFormattedString(string Text)
{
    public override string ToString() => Text;
}

/// <summary>A formatted string without wildcards, over a tiny alphabet so that names often relate.</summary>
public sealed record ConcreteName(string Text)
{
    public override string ToString() => Text;
}

/// <summary>FsCheck generators for CPE names.</summary>
public static class CpeGenerators
{
    private static readonly string[] Word = ["a", "z", "A", "0", "9", "_", "-", "."];

    public static Arbitrary<CanonicalFormattedString> CanonicalFormattedString() =>
        Names(Gen.Elements("a", "o", "h", "*", "-"), Gen.Elements("*", "-", "en", "en-us", "fra", "es-419"), Component())
            .Select(text => new CanonicalFormattedString(text))
            .ToArbitrary();

    public static Arbitrary<ConcreteName> ConcreteName()
    {
        // Mostly ANY, so that some pairs get past DISJOINT and exercise the other relations and the guards.
        var value = Gen.Frequency((6, Gen.Constant("*")), (1, Gen.Constant("-")), (2, Gen.Constant("x")), (1, Gen.Constant("y")));
        return Names(Gen.Elements("a", "o", "*", "-"), Gen.Elements("*", "-", "en", "de"), value)
            .Select(text => new ConcreteName(text))
            .ToArbitrary();
    }

    private static Gen<string> Names(Gen<string> part, Gen<string> language, Gen<string> other) =>
        from p in part
        from first in Gen.ArrayOf(other, 5)
        from l in language
        from rest in Gen.ArrayOf(other, 4)
        select "cpe:2.3:" + string.Join(':', [p, .. first, l, .. rest]);

    private static Gen<string> Component() => Gen.Frequency(
        (2, Gen.Constant("*")),
        (1, Gen.Constant("-")),
        (6, Value()));

    private static Gen<string> Value()
    {
        var quoted = Gen.Elements(Enumerable.Range('!', '~' - '!' + 1).Select(c => (char)c)
            .Where(c => !char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            .Select(c => "\\" + c)
            .ToArray());
        var token = Gen.Frequency((4, Gen.Elements(Word)), (1, quoted));
        var wildcard = Gen.Elements("", "", "", "*", "?", "???");
        return (from leading in wildcard
                from body in Gen.NonEmptyListOf(token)
                from trailing in wildcard
                select leading + string.Concat(body) + trailing)
            .Where(v => v != "-");
    }
}
