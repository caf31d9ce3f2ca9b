using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;
using MedVigil.Formats.OpenVex;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Formats.CycloneDx;

/// <summary>
/// Converts a CycloneDX BOM's <c>vulnerabilities[]</c> (VEX or VDR) into statements with analysis: each
/// <c>affects</c> ref names a component of the same BOM (its purl, else its CPE); its <c>versions</c> give the
/// versions (a <c>vers</c> range or one version, with affected/unaffected/unknown status), else the component's own
/// version. The status comes from <c>analysis.state</c> (not_affected and false_positive → not affected, exploitable →
/// affected, resolved → fixed, in_triage → under investigation), else from the version's status. BOM-Links into
/// other BOMs cannot be resolved here and are skipped with the reason.
/// </summary>
public static class CycloneDxVexStatements
{
    public static StatementSet Convert(CycloneDxBom bom, DocumentOrigin? origin = null)
    {
        ArgumentNullException.ThrowIfNull(bom);
        origin ??= new DocumentOrigin(bom.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var byRef = bom.Components.Concat(bom.Metadata?.Component is { } root ? [root] : [])
            .Where(c => c.BomRef is not null).GroupBy(c => c.BomRef!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var statements = new List<AffectedStatement>();
        var skipped = new List<SkippedStatement>();
        foreach (var vulnerability in bom.Vulnerabilities)
        {
            if (vulnerability.Id is null)
            {
                skipped.Add(new SkippedStatement(vulnerability.Location, "the vulnerability has no id"));
                continue;
            }

            var ids = VulnerabilityIds.From(vulnerability.Id, []);
            var analysis = Analysis(vulnerability.Analysis);
            for (var a = 0; a < vulnerability.Affects.Count; a++)
            {
                var affects = vulnerability.Affects[a];
                var at = $"{vulnerability.Location}/affects/{a}";
                if (!byRef.TryGetValue(affects.Ref, out var component))
                {
                    skipped.Add(new SkippedStatement(at + "/ref", affects.IsBomLink
                        ? $"BOM-Link '{affects.Ref}' points into another BOM, which this conversion cannot see"
                        : $"ref '{affects.Ref}' names no component of this BOM"));
                    continue;
                }

                Affects(ids, analysis, component, affects, at, origin, bom, statements, skipped);
            }
        }

        return new StatementSet(statements, [], skipped);
    }

    private static void Affects(VulnerabilityIds ids, VexAnalysis? analysis, CycloneDxComponent component, CycloneDxAffects affects, string at,
        DocumentOrigin origin, CycloneDxBom bom, List<AffectedStatement> statements, List<SkippedStatement> skipped)
    {
        var provenance = new StatementProvenance(StatementSourceKind.CycloneDxVex, bom.SerialNumber ?? "(no serial number)", origin.Revision, origin.Sha256, at);
        if (VexProducts.Identify(component.Purl, component.Cpe, component.Version) is not { } identity)
        {
            skipped.Add(new SkippedStatement(at, $"component '{component.Name}' has no purl or CPE to match on"));
            return;
        }

        if (affects.Versions.Count == 0)
        {
            statements.Add(new AffectedStatement(ids, identity.Product, identity.Versions, Status(analysis, null), analysis, provenance));
            return;
        }

        for (var v = 0; v < affects.Versions.Count; v++)
        {
            var entry = affects.Versions[v];
            var versions = entry.Range is { } range
                ? VersRange.TryParseLenient(range, out var vers, out _) ? VersionConstraint.Of(vers) : VersionConstraint.Unreadable(range)
                : entry.Version is { } one
                    ? VexProducts.Identify(WithoutVersion(component.Purl), component.Cpe, one)?.Versions ?? identity.Versions
                    : identity.Versions;
            statements.Add(new AffectedStatement(ids, identity.Product, versions, Status(analysis, entry.Status), analysis, provenance with { Pointer = $"{at}/versions/{v}" }));
        }
    }

    private static string? WithoutVersion(string? purl)
    {
        if (purl is null)
        {
            return null;
        }

        var at = purl.IndexOf('@', StringComparison.Ordinal);
        var query = purl.IndexOfAny(['?', '#']);
        return at < 0 ? purl : purl[..at] + (query > at ? purl[query..] : "");
    }

    private static FindingStatus Status(VexAnalysis? analysis, string? versionStatus)
    {
        if (versionStatus == "unaffected")
        {
            return FindingStatus.NotAffected;
        }

        return analysis?.State switch
        {
            AnalysisState.NotAffected or AnalysisState.FalsePositive => FindingStatus.NotAffected,
            AnalysisState.Exploitable => FindingStatus.Affected,
            AnalysisState.Resolved or AnalysisState.ResolvedWithPedigree => FindingStatus.Fixed,
            AnalysisState.InTriage => FindingStatus.UnderInvestigation,
            _ => versionStatus == "affected" ? FindingStatus.Affected : FindingStatus.UnderInvestigation,
        };
    }

    private static VexAnalysis? Analysis(CycloneDxAnalysis? analysis)
    {
        if (analysis?.State is not { } state)
        {
            return null;
        }

        AnalysisState? parsed = state switch
        {
            "resolved" => AnalysisState.Resolved,
            "resolved_with_pedigree" => AnalysisState.ResolvedWithPedigree,
            "exploitable" => AnalysisState.Exploitable,
            "in_triage" => AnalysisState.InTriage,
            "false_positive" => AnalysisState.FalsePositive,
            "not_affected" => AnalysisState.NotAffected,
            _ => null,
        };
        return parsed is null ? null : new VexAnalysis(parsed.Value, VexAnalysis.FromCycloneDx(analysis.Justification), analysis.Justification,
            [.. analysis.Responses.Select(VexAnalysis.ResponseFromCycloneDx).OfType<VexResponse>()], analysis.Detail);
    }
}
