using System.Text.RegularExpressions;

namespace MedVigil.Formats.Csaf;

/// <summary>
/// Product names that narrow the vulnerabilities a product has: ICSMA-20-023-01 lists every product under every CVE
/// but names them "B450: Version 2.X (Impacted by CVE-2020- 6962 and CVE-2020-6965)". The name is the narrower
/// statement, so the other CVEs are not this product's.
/// </summary>
internal static partial class CsafImpactedBy
{
    /// <summary>The CVEs the name restricts the product to, when it does and <paramref name="cve"/> is not one of them.</summary>
    public static string? Excludes(string productName, string cve)
    {
        if (Clause().Match(productName) is not { Success: true } clause)
        {
            return null;
        }

        var named = Cve().Matches(clause.Value).Select(m => $"CVE-{m.Groups[1].Value}-{m.Groups[2].Value}").ToList();
        return named.Count == 0 || named.Contains(cve, StringComparer.OrdinalIgnoreCase) ? null : string.Join(", ", named);
    }

    [GeneratedRegex(@"\bimpacted by\b[^)]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Clause();

    /// <summary>A CVE id, also with a stray space after the year's dash ("CVE-2020- 6962").</summary>
    [GeneratedRegex(@"CVE-(\d{4})-\s*(\d{4,})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Cve();
}
