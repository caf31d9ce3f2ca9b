using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedVigil.Standards.Versions;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Standards.Tests.Versions;

/// <summary>
/// For random ranges built from fixture versions: the canonical form parses strictly and prints back identically,
/// canonicalising again changes nothing, and the canonical range contains exactly the versions the simplified range
/// does (and, when the original was already valid, exactly the original's).
/// </summary>
public sealed class VersPropertyTests
{
    public static TheoryData<string> Schemes =>
    [
        "apk", "composer", "conan", "gem", "gentoo", "lexicographic", "nuget", "openssl", "pypi", "rpm", "semver",
        "deb", "maven", "npm", "golang", "firmware",
    ];

    [Theory]
    [MemberData(nameof(Schemes))]
    public void TheCanonicalFormOfAnyRangeRoundTripsAndKeepsItsMembers(string schemeName)
    {
        var scheme = VersionFixtures.Scheme(schemeName);
        var texts = OrderingTables.Versions.TryGetValue(schemeName, out var table) ? table : VersionFixtures.Versions(schemeName);
        var pool = texts.Select(text => scheme.TryParse(text, out var version) ? version : null).OfType<SchemeVersion>().Take(400).ToArray();
        var comparators = new[]
        {
            VersComparator.Equal, VersComparator.NotEqual, VersComparator.LessThan, VersComparator.LessThanOrEqual,
            VersComparator.GreaterThan, VersComparator.GreaterThanOrEqual,
        };
        var constraint = from version in Gen.Elements(pool) from comparator in Gen.Elements(comparators) select new VersConstraint(comparator, version);
        var ranges = Gen.Choose(1, 6).SelectMany(count => constraint.ArrayOf(count)).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), Prop.ForAll(ranges, constraints =>
        {
            var range = VersRange.Create(scheme, constraints);
            if (!range.TryCanonicalize(out var canonical, out _))
            {
                return pool.All(v => !range.Simplify().Contains(v)).Label($"{range} was called empty but contains a version");
            }

            var text = canonical.ToString();
            var reparsed = VersRange.TryParse(text, out var parsed, out var error);
            var simplified = range.Simplify();
            var sameMembers = pool.All(v => canonical.Contains(v) == simplified.Contains(v) && (!range.IsValid || canonical.Contains(v) == range.Contains(v)));
            return (reparsed && parsed!.ToString() == text && parsed.Equals(canonical) && canonical.Canonicalize().ToString() == text && sameMembers)
                .Label($"{range} → {text}: {(reparsed ? $"reparsed {parsed}, same members {sameMembers}" : error!.Message)}");
        }));
    }

    [Property(MaxTest = 300)]
    public bool AVersionPercentEncodesAndDecodesBackToItself(NonEmptyString text)
    {
        var version = new string(text.Get.Where(c => !char.IsControl(c) && !char.IsSurrogate(c)).ToArray());
        if (version.Length == 0 || version.Length > VersionScheme.MaxVersionLength)
        {
            return true;
        }

        var range = VersRange.Create(VersionSchemes.Lexicographic, [new VersConstraint(VersComparator.Equal, VersionSchemes.Lexicographic.Parse(version))]);
        return VersRange.TryParse(range.ToString(), out var parsed, out _) && parsed.Constraints[0].Version!.Text == version;
    }
}
