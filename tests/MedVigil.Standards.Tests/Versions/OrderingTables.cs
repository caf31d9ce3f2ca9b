namespace MedVigil.Standards.Tests.Versions;

/// <summary>
/// Hand-written orderings, each a chain such as <c>a &lt; b = c</c>, for the pitfalls users hit (Debian epochs and
/// tildes, RPM tilde and caret, Maven qualifiers, Go pseudo-versions, vendor firmware strings) and for the schemes
/// whose official fixtures are held out. Each row says why it is there.
/// </summary>
internal static class OrderingTables
{
    public static readonly IReadOnlyDictionary<string, string[]> Chains = new Dictionary<string, string[]>
    {
        ["deb"] =
        [
            // The epoch outranks everything after it: the Dependency-Track #5894 bug was 2:9.0.0 < 8.3.2.
            "8.3.2 < 9.0.0 < 1:1.0 < 2:8.0 < 2:9.0.0",
            // '~' sorts before everything, even the end of the string; letters before other symbols.
            "1.0~~ < 1.0~~a < 1.0~ < 1.0~rc1 < 1.0 < 1.0-0.1 < 1.0-1 < 1.0a < 1.0+dfsg < 1.0.1 < 1:0.1",
            // An explicit zero epoch, leading zeros and an empty revision change nothing.
            "1.2.3-1 = 1.2.3-01 = 0:1.2.3-1",
            // Distribution security fixes ride on the revision (Debian's +debNuN, backports' ~bpo).
            "7.50.3-1~bpo8+1 < 7.50.3-1 < 7.50.3-1+deb9u1 < 7.50.3-1+deb9u2 < 7.52.1-5",
        ],
        ["rpm"] =
        [
            // '~' is a pre-release, '^' a post-release snapshot that still sorts before the next version.
            "1.0~rc1 < 1.0 < 1.0^git1 < 1.0a < 1.0.1",
            // The release breaks ties, the epoch outranks all; a missing release sorts first (total order).
            "1.0 < 1.0-1 < 1.0-2 < 1.0.1-1 < 1:0.1",
            "2.0.1-1.el9 = 0:2.0.1-1.el9 = 2.0.01-1.el9",
        ],
        ["maven"] =
        [
            // The well-known qualifiers in their order, then unknown ones, then more numbers.
            "1-alpha-1 < 1-beta-1 < 1-milestone-1 < 1-rc-1 < 1-snapshot < 1 < 1-sp < 1-foo < 1.0.1 < 1.1",
            // Trailing zeros and release qualifiers vanish.
            "1 = 1.0 = 1.0.0 = 1-ga = 1-final = 1-release = 1.0.0.RELEASE",
            // a1/b1/m1 are alpha-1/beta-1/milestone-1; case does not matter.
            "1.0-alpha-1 = 1.0-a1 = 1.0-ALPHA-1 = 1.0alpha1 < 1.0-beta-1 = 1.0b1",
            // A dotted qualifier sorts below a hyphenated one (MNG-7644), both below the next number.
            "1.0.RC2 < 1.0-RC3 < 1.0.1",
            "1.0-SNAPSHOT < 1.0 < 1.0.1-SNAPSHOT < 1.0.1",
        ],
        ["semver"] =
        [
            // The SemVer 2.0.0 specification's own example (§11), build metadata ignored.
            "1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-alpha.beta < 1.0.0-beta < 1.0.0-beta.2 < 1.0.0-beta.11 < 1.0.0-rc.1 < 1.0.0 = 1.0.0+build.1 < 1.0.1 < 1.1.0 < 2.0.0",
        ],
        ["npm"] =
        [
            "1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-beta.11 < 1.0.0 = v1.0.0 = =1.0.0 < 1.0.1 < 1.10.0 < 2.0.0-0 < 2.0.0",
        ],
        ["golang"] =
        [
            // Pseudo-versions are pre-releases of the next patch (or of v0.0.0); +incompatible is build metadata.
            "v0.0.0-20191109021931-daa7c04131f5 < v0.0.0-20201203163018-be400aefbc4c < v0.1.0 < v1.0.0-rc.1 < v1.0.0 < v1.2 = v1.2.0 < v1.2.3 < v1.2.4-0.20200101000000-abcdefabcdef < v1.2.4 < v2.0.0+incompatible = v2.0.0",
        ],
        ["pypi"] =
        [
            // PEP 440's summary order, with its spelling variants.
            "1.0.dev0 < 1.0a1 < 1.0b1 < 1.0rc1 < 1.0 = 1.0.0 = v1.0 < 1.0+local < 1.0.post1 < 1!0.1",
            "1.0alpha = 1.0a0 = 1.0-a = 1.0.alpha < 1.0c1 = 1.0rc1 = 1.0pre1 = 1.0preview1",
        ],
        ["firmware"] =
        [
            // Vendor underscore builds; leading V and zero padding do not matter.
            "V4.00_12 = 4.0.12 = v4.0.12 < V4.00_13 < V4.01",
            // 'build N' is one more number.
            "1.2.3 < 1.2.3 build 45 = 1.2.3.45 < 1.2.3 build 46 < 1.2.4",
            // R/Version prefixes drop; service packs are numbers.
            "R2.1 = 2.1 = Version 2.1 = v2.1.0 < 2.1 SP2 < 2.1 SP3 = 2.1.3 < 2.2",
            // Pre-release words sort before the release, in order, then by their number.
            "2.0 dev < 2.0 alpha < 2.0b2 < 2.0 beta 3 < 2.0 RC1 < 2.0 RC2 < 2.0 < 2.0 SP1",
            // A letter suffix is a later build of the same version, before the next number.
            "1.20.3 < 1.20.3a < 1.20.3b < 1.20.3.1 < 1.20.4 < v1.21",
            // Year-first dates order correctly.
            "2021-03-15 < 2021-04-01 < 2022-01-01",
            // Release words add nothing.
            "FW 3.4 = 3.4 final = 3.4 GA = 3.4.0",
            // A lone revision letter (Philips IntelliVue 'Rev K', ICSMA-19-297-01 'Versions K and prior') orders alphabetically.
            "J < K < N = N.0 < P",
        ],
        ["generic"] =
        [
            "1.0alpha < 1.0beta < 1.0 = 1.0.0 = 1.00 < 1.0.1 < 1.1 < 10",
        ],
    };

    /// <summary>Every distinct version of every chain, by scheme.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Versions =
        Chains.ToDictionary(pair => pair.Key, pair => pair.Value.SelectMany(chain => Parse(chain).Select(link => link.Version)).Distinct().ToArray());

    /// <summary>The links of a chain: each version with the relation to the one before it (&lt; or =).</summary>
    public static IReadOnlyList<(string Relation, string Version)> Parse(string chain)
    {
        var links = new List<(string, string)>();
        var relation = "";
        var rest = chain;
        while (rest.Length > 0)
        {
            var less = rest.IndexOf(" < ", StringComparison.Ordinal);
            var equal = rest.IndexOf(" = ", StringComparison.Ordinal);
            var cut = less < 0 ? equal : equal < 0 ? less : Math.Min(less, equal);
            links.Add((relation, cut < 0 ? rest : rest[..cut]));
            if (cut < 0)
            {
                break;
            }

            relation = rest.Substring(cut + 1, 1);
            rest = rest[(cut + 3)..];
        }

        return links;
    }
}
