using System.Globalization;

namespace MedVigil.Cli.Workload;

/// <summary>
/// Ascending, ecosystem-true version strings for one package: Debian epochs and revisions
/// (<c>1:1.2.11.dfsg-2+deb11u2</c>), rpm releases (<c>1.1.1k-7.el8_6</c>), semver, Maven qualifiers, PEP 440 pre- and
/// post-releases, Go's <c>v0.17.0</c>. The upstream part always grows, so any per-package suffix keeps the order.
/// </summary>
internal static class PackageVersions
{
    /// <param name="style">Which spelling of its ecosystem the package uses (a package keeps one spelling).</param>
    public static IReadOnlyList<string> Create(WorkloadEcosystem ecosystem, Random random, int count, int style)
    {
        var versions = new List<string>(count + 1);
        var (major, minor, patch) = (ecosystem == WorkloadEcosystem.Golang ? 0 : random.Next(4), random.Next(10), random.Next(20));
        while (versions.Count < count)
        {
            var bump = random.Next(10);
            if (bump < 6 || (ecosystem == WorkloadEcosystem.Golang && major == 1 && bump >= 9))
            {
                patch += 1 + random.Next(3);
            }
            else if (bump < 9)
            {
                (minor, patch) = (minor + 1, 0);
                if (ecosystem == WorkloadEcosystem.Pypi && style == 1)
                {
                    versions.Add(Invariant($"{major}.{minor}.0rc1")); // PEP 440: 1.3.0rc1 < 1.3.0
                }
            }
            else
            {
                (major, minor, patch) = (major + 1, 0, 0);
            }

            versions.Add(Format(ecosystem, random, style, major, minor, patch));
            if (random.Next(100) < 15 && PostRelease(ecosystem, style) is { } post)
            {
                versions.Add(Format(ecosystem, random, style, major, minor, patch) + post);
            }
        }

        return versions.Take(count).ToList();
    }

    /// <summary>A later release of the same upstream version (PEP 440 <c>.post1</c>, a fourth Maven/NuGet number).</summary>
    private static string? PostRelease(WorkloadEcosystem ecosystem, int style) => ecosystem.PurlType switch
    {
        "pypi" => ".post1",
        "maven" when style != 1 => ".1",
        "nuget" => ".1",
        _ => null,
    };

    private static string Format(WorkloadEcosystem ecosystem, Random random, int style, int major, int minor, int patch)
    {
        var upstream = Invariant($"{major}.{minor}.{patch}");
        var letter = (char)('a' + random.Next(26));
        var (revision, update) = (1 + random.Next(9), 1 + random.Next(5));
        return ecosystem.PurlType switch
        {
            "deb" => style switch
            {
                0 => Invariant($"{upstream}-{revision}"),
                1 => Invariant($"1:{upstream}.dfsg-{revision}+deb11u{update}"),
                2 => Invariant($"2:{upstream}-{revision}"),
                _ => Invariant($"{upstream}+dfsg-{revision}~deb11u{update}"),
            },
            "rpm" => style % 2 == 0 ? Invariant($"{upstream}-{revision}.el8") : Invariant($"{upstream}{letter}-{revision}.el8_{update}"),
            "maven" => style == 1 ? upstream + ".Final" : upstream,
            "golang" => "v" + upstream,
            "generic" => style == 1 ? upstream + letter : upstream,
            _ => upstream,
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
