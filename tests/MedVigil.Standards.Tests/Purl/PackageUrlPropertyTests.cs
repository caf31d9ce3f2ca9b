using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedVigil.Standards.Purl;

namespace MedVigil.Standards.Tests.Purl;

/// <summary>Parse ∘ print is the identity on canonical forms, for built PURLs and for whatever lenient parsing repairs.</summary>
public sealed class PackageUrlPropertyTests
{
    [Property(Arbitrary = [typeof(PurlArbitraries)], MaxTest = 500)]
    public bool ABuiltPurlParsesBackFromItsCanonicalForm(PurlComponents components)
    {
        if (!PackageUrl.TryCreate(components, PurlParseMode.Lenient, out var built, out var error))
        {
            // The generator only makes valid components; a rejection is itself a failure worth seeing.
            throw new InvalidOperationException($"{components} was rejected: {error.Message}");
        }

        var text = built.ToString();
        var parsed = PackageUrl.Parse(text);
        return parsed == built && parsed.ToString() == text && parsed.GetHashCode() == built.GetHashCode();
    }

    [Property(Arbitrary = [typeof(PurlArbitraries)], MaxTest = 2000)]
    public bool CanonicalisingIsIdempotent(PurlLikeText input)
    {
        if (!PackageUrl.TryParse(input.Text, PurlParseMode.Lenient, out var purl, out _))
        {
            return true;
        }

        var canonical = purl.ToString();
        return PackageUrl.TryParse(canonical, out var again, out _) && again == purl && again.ToString() == canonical;
    }
}

/// <summary>A string shaped like a PURL, with separators and escapes in awkward places.</summary>
public sealed record PurlLikeText(string Text);

/// <summary>Generators for PURL components and PURL-like strings, over text that includes non-ASCII and separators.</summary>
public static class PurlArbitraries
{
    // Atoms rather than chars so that surrogate pairs stay whole; separators and '%' test the encoder.
    private static readonly string[] Atoms =
        ["a", "Z", "0", "9", ".", "-", "_", "~", ":", "@", "?", "=", "&", "#", "%", "+", " ", "é", "ß", "İ", "日", "😀", "\n", "/"];

    private static readonly string[] Types = ["generic", "npm", "maven", "nuget", "github", "pypi", "deb", "golang", "git", "Bintray"];

    public static Arbitrary<PurlComponents> Components() => Arb.From(
        from type in Gen.Elements(Types)
        from ns in Segments(type is "maven" or "github" or "deb" or "golang" or "git" ? 1 : 0, type == "git" ? 1 : 3)
        from name in type == "git" ? Segments(1, 3) : Text(1).Where(n => n.Trim('/').Length > 0)
        from version in Gen.OneOf(Gen.Constant<string?>(null), Text(1).Select(v => (string?)v))
        from qualifiers in Between(0, 4, Qualifier()).Select(q => q.DistinctBy(p => p.Key).ToList())
        from subpath in Gen.OneOf(Gen.Constant<string?>(null), Segments(1, 3).Select(s => (string?)s))
        select new PurlComponents
        {
            Type = type,
            Namespace = type == "nuget" || type == "pypi" ? null : ns,
            Name = name,
            Version = version,
            Qualifiers = qualifiers,
            Subpath = subpath is "." or ".." ? null : subpath,
        });

    public static Arbitrary<PurlLikeText> PurlLike() => Arb.From(
        from scheme in Gen.Elements("pkg:", "PKG:", "pkg://", "pkg:/")
        from type in Gen.Elements(Types.Append("PyPI").Append("gem").Append("swift").ToArray())
        from rest in Between(0, 16, Gen.Elements(Atoms.Concat(["%2F", "%40", "%C3%A9", "%E2", "/..", "/./", "Key=v"]).ToArray()))
        select new PurlLikeText(scheme + type + "/" + string.Concat(rest)));

    private static Gen<string> Text(int min) =>
        Between(min, 8, Gen.Elements(Atoms.Where(a => a != "/").ToArray())).Select(string.Concat);

    private static Gen<string> Segments(int min, int max) =>
        Between(min, max, Text(1).Where(s => s is not "." and not "..")).Select(segments => string.Join("/", segments));

    private static Gen<List<T>> Between<T>(int min, int max, Gen<T> item) =>
        Gen.Choose(min, max).SelectMany(count => Gen.ListOf(item, count)).Select(items => items.ToList());

    private static Gen<KeyValuePair<string, string?>> Qualifier() =>
        from first in Gen.Elements("a", "k", "x")
        from rest in Between(0, 5, Gen.Elements("a", "z", "0", ".", "-", "_"))
        from value in Text(1)
        select KeyValuePair.Create(first + string.Concat(rest), (string?)value);
}
