using MedVigil.Standards.Purl;

namespace MedVigil.Formats.Csaf;

/// <summary>Mandatory tests 6.1.13 (purl), 6.1.23 (same CVE twice), 6.1.24 (involvements), 6.1.25 (hash algorithm).</summary>
internal static class CsafUniquenessTests
{
    private static readonly string[] ProductPatterns =
    [
        "/product_tree/full_product_names/*",
        "/product_tree/relationships/*/full_product_name",
    ];

    public static CsafMandatoryTest Purl { get; } = new("6.1.13", root =>
        Helpers(root).Select(h => h.Member("purl")).OfType<CsafNode>()
            .Where(p => p.Text is { } text && !PackageUrl.TryParse(text, out _))
            .Select(p => (p.Pointer, $"'{p.Text}' is not a valid package URL.")));

    public static CsafMandatoryTest SameCve { get; } = new("6.1.23", root =>
        CsafSelect.Texts(root, "/vulnerabilities/*/cve")
            .GroupBy(c => c.Text!, StringComparer.Ordinal)
            .SelectMany(g => g.Skip(1))
            .Select(c => (c.Pointer, $"{c.Text} is the subject of more than one vulnerability.")));

    public static CsafMandatoryTest Involvements { get; } = new("6.1.24", root =>
        CsafSelect.All(root, "/vulnerabilities/*")
            .SelectMany(v => CsafSelect.All(v, "/involvements/*")
                .GroupBy(i => (i.MemberText("party"), i.MemberText("date")))
                .SelectMany(g => g.Skip(1)))
            .Select(i => (i.Pointer, $"The involvement of '{i.MemberText("party")}' at {i.MemberText("date") ?? "no date"} is listed more than once.")));

    public static CsafMandatoryTest HashAlgorithm { get; } = new("6.1.25", root =>
        Helpers(root).SelectMany(h => CsafSelect.All(h, "/hashes/*"))
            .SelectMany(file => CsafSelect.All(file, "/file_hashes/*")
                .GroupBy(f => f.MemberText("algorithm"), StringComparer.Ordinal)
                .Where(g => g.Key is not null)
                .SelectMany(g => g.Skip(1)))
            .Select(f => (f.Pointer, $"The hash algorithm {f.MemberText("algorithm")} is used more than once for this file.")));

    /// <summary>Every <c>product_identification_helper</c> in the product tree.</summary>
    private static IEnumerable<CsafNode> Helpers(System.Text.Json.JsonElement root) =>
        CsafSelect.BranchProducts(root)
            .Concat(ProductPatterns.SelectMany(p => CsafSelect.All(root, p)))
            .Select(p => p.Member("product_identification_helper"))
            .OfType<CsafNode>();
}
