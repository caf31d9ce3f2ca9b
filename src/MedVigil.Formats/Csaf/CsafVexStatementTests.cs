using System.Text.Json;

namespace MedVigil.Formats.Csaf;

/// <summary>
/// Mandatory tests 6.1.27.9 and 6.1.27.10 of the VEX profile: every known_not_affected product needs an impact
/// statement (a flag, or a threat of category impact) and every known_affected product an action statement (a
/// remediation); statements may name the product directly or through a product group.
/// </summary>
internal static class CsafVexStatementTests
{
    public static CsafMandatoryTest ImpactStatement { get; } = new("6.1.27.9", root =>
        Uncovered(root, "known_not_affected", v => CsafSelect.All(v, "/flags/*")
            .Concat(CsafSelect.All(v, "/threats/*").Where(t => t.MemberText("category") == "impact")), "an impact statement (flag or impact threat)"));

    public static CsafMandatoryTest ActionStatement { get; } = new("6.1.27.10", root =>
        Uncovered(root, "known_affected", v => CsafSelect.All(v, "/remediations/*"), "an action statement (remediation)"));

    private static IEnumerable<(string, string)> Uncovered(JsonElement root, string status, Func<CsafNode, IEnumerable<CsafNode>> statements, string what)
    {
        if (!CsafProfileTests.For(root, CsafDocument.VexCategory))
        {
            return [];
        }

        var sets = CsafProductSets.Of(root);
        return CsafSelect.All(root, "/vulnerabilities/*").SelectMany(v =>
        {
            var covered = statements(v).SelectMany(sets.Products).ToHashSet(StringComparer.Ordinal);
            return CsafSelect.All(v, $"/product_status/{status}/*")
                .Where(p => p.Text is { } id && !covered.Contains(id))
                .Select(p => (p.Pointer, $"The {status.Replace('_', ' ')} product '{p.Text}' has no {what}."));
        }).Concat(sets.Unfinished());
    }
}
