using FsCheck;
using FsCheck.Fluent;
using MedVigil.Standards.Versions;

namespace MedVigil.Standards.Tests.Versions;

/// <summary>
/// Every comparator is a total order on the fixture versions: reflexive, antisymmetric, transitive, and consistent with
/// equality and hashing. Triples are drawn both at random and among neighbours in sorted order, where mistakes hide.
/// </summary>
public sealed class OrderPropertyTests
{
    public static TheoryData<string> SchemesWithFixtures =>
    [
        "apk", "composer", "conan", "cran", "datetime", "gem", "gentoo", "hackage", "lexicographic", "nuget", "openssl", "pub",
        "pypi", "rpm", "semver",
    ];

    public static TheoryData<string> SchemesWithTables => [.. OrderingTables.Versions.Keys];

    [Theory]
    [MemberData(nameof(SchemesWithFixtures))]
    public void AComparatorIsATotalOrderOnItsFixtureVersions(string scheme) =>
        AssertTotalOrder(scheme, VersionFixtures.Versions(scheme));

    [Theory]
    [MemberData(nameof(SchemesWithTables))]
    public void AComparatorIsATotalOrderOnItsTableVersions(string scheme) =>
        AssertTotalOrder(scheme, OrderingTables.Versions[scheme]);

    [Fact]
    public void ArchLinuxOrderIsAntisymmetricButNotTransitiveBecausePacmanIgnoresAMissingPkgrel()
    {
        var scheme = VersionFixtures.Scheme("alpm");
        var versions = VersionFixtures.Versions("alpm").Select(v => scheme.Parse(v)).ToList();
        foreach (var a in versions)
        {
            foreach (var b in versions)
            {
                Math.Sign(a.CompareTo(b)).ShouldBe(-Math.Sign(b.CompareTo(a)), $"{a} vs {b}");
            }
        }

        // pacman's rule, kept on purpose: "1.5" equals both "1.5-1" and "1.5-2", which differ.
        scheme.Compare("1.5", "1.5-1").ShouldBe(0);
        scheme.Compare("1.5", "1.5-2").ShouldBe(0);
        scheme.Compare("1.5-1", "1.5-2").ShouldBeLessThan(0);
    }

    private static void AssertTotalOrder(string schemeName, IReadOnlyList<string> texts)
    {
        var scheme = VersionFixtures.Scheme(schemeName);
        var versions = texts.Select(text => scheme.TryParse(text, out var version) ? version : null).OfType<SchemeVersion>().ToList();
        versions.Count.ShouldBeGreaterThan(3, $"{schemeName} needs fixture versions");

        // List.Sort throws when a comparer is inconsistent, so sorting is itself a check.
        var sorted = versions.ToList();
        sorted.Sort();
        var n = sorted.Count;
        var index = Gen.Choose(0, n - 1);
        var step = Gen.Choose(0, 3);
        var triples = Gen.OneOf(
            index.Three(),
            from i in index from d1 in step from d2 in step select (i, Math.Min(n - 1, i + d1), Math.Min(n - 1, i + d1 + d2)))
            .ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3000), Prop.ForAll(triples, t =>
        {
            var (a, b, c) = (sorted[t.Item1], sorted[t.Item2], sorted[t.Item3]);
            var ab = Math.Sign(a.CompareTo(b));
            var bc = Math.Sign(b.CompareTo(c));
            var ac = Math.Sign(a.CompareTo(c));
            var reflexive = a.CompareTo(a) == 0;
            var antisymmetric = ab == -Math.Sign(b.CompareTo(a));
            var transitive = !(ab <= 0 && bc <= 0) || ac <= 0;
            var consistent = (ab == 0) == a.Equals(b) && (ab != 0 || a.GetHashCode() == b.GetHashCode());
            return (reflexive && antisymmetric && transitive && consistent)
                .Label($"{schemeName}: '{a.Text}' {ab} '{b.Text}' {bc} '{c.Text}', a vs c {ac}");
        }));
    }
}
