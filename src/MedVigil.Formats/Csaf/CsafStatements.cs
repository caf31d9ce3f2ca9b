using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;

namespace MedVigil.Formats.Csaf;

/// <summary>
/// Converts a CSAF document (advisory or VEX profile) into affected statements: for each vulnerability and each
/// product in its <c>product_status</c> (known_affected, first/last_affected, fixed, first_fixed,
/// known_not_affected, under_investigation), one statement per way the product is identified (purl, CPE, model
/// numbers, vendor + product name from the branches) with the version from its product_version(_range) branch.
/// Fixed versions named in <c>vendor_fix</c> remediations become fixed statements. Flags, impact threats and
/// remediations give the VEX analysis. <c>recommended</c> is not a status and is skipped.
/// </summary>
public static class CsafStatements
{
    public static StatementSet Convert(CsafDocument document, DocumentOrigin? origin = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        origin ??= new DocumentOrigin(document.Document.Tracking.Version);
        var products = document.ProductTree.Products.GroupBy(p => p.ProductId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var statements = new List<AffectedStatement>();
        var skipped = new List<SkippedStatement>();
        var context = new CsafContext(document, products, origin);
        for (var k = 0; k < document.Vulnerabilities.Count; k++)
        {
            var vulnerability = document.Vulnerabilities[k];
            var at = $"/vulnerabilities/{k}";
            var idText = vulnerability.Cve ?? vulnerability.Ids.FirstOrDefault()?.Text;
            if (idText is null)
            {
                skipped.Add(new SkippedStatement(at, "the vulnerability has neither cve nor ids"));
                continue;
            }

            var ids = VulnerabilityIds.From(idText, vulnerability.Ids.Select(i => i.Text));
            var status = vulnerability.ProductStatus;
            void Group(IReadOnlyList<string> ids2, string name, FindingStatus finding, CsafVersionRole role)
            {
                for (var i = 0; i < ids2.Count; i++)
                {
                    context.Product(vulnerability, ids, ids2[i], finding, role, $"{at}/product_status/{name}/{i}", statements, skipped);
                }
            }

            Group(status.KnownAffected, "known_affected", FindingStatus.Affected, CsafVersionRole.AsWritten);
            Group(status.FirstAffected, "first_affected", FindingStatus.Affected, CsafVersionRole.AndLater);
            Group(status.LastAffected, "last_affected", FindingStatus.Affected, CsafVersionRole.AndEarlier);
            Group(status.Fixed, "fixed", FindingStatus.Fixed, CsafVersionRole.AsWritten);
            Group(status.FirstFixed, "first_fixed", FindingStatus.Fixed, CsafVersionRole.AndLater);
            Group(status.KnownNotAffected, "known_not_affected", FindingStatus.NotAffected, CsafVersionRole.AsWritten);
            Group(status.UnderInvestigation, "under_investigation", FindingStatus.UnderInvestigation, CsafVersionRole.AsWritten);
            if (status.Recommended.Count > 0)
            {
                skipped.Add(new SkippedStatement($"{at}/product_status/recommended", "'recommended' names products to use, not an affected status"));
            }

            for (var r = 0; r < vulnerability.Remediations.Count; r++)
            {
                context.Remediation(ids, vulnerability.Remediations[r], $"{at}/remediations/{r}", statements);
            }
        }

        return new StatementSet(statements, [], skipped);
    }
}

/// <summary>How a status group reads a product's version: as written, or as a first/last bound.</summary>
internal enum CsafVersionRole
{
    AsWritten,
    AndLater,
    AndEarlier,
}
