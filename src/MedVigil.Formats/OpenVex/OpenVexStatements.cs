using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;
using MedVigil.Standards.Cpe;
using MedVigil.Standards.Purl;

namespace MedVigil.Formats.OpenVex;

/// <summary>
/// Converts an OpenVEX document into statements with analysis: one per statement and product (or, when a product
/// lists subcomponents, per subcomponent, the packages the statement is really about). A purl with a version
/// covers that version under its type's scheme, one without covers all versions; a CPE 2.3 identifier is used when
/// there is no purl.
/// </summary>
public static class OpenVexStatements
{
    public static StatementSet Convert(OpenVexDocument document, DocumentOrigin? origin = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        origin ??= new DocumentOrigin(document.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var statements = new List<AffectedStatement>();
        var skipped = new List<SkippedStatement>();
        for (var s = 0; s < document.Statements.Count; s++)
        {
            var statement = document.Statements[s];
            var ids = VulnerabilityIds.From(statement.Vulnerability.Name, statement.Vulnerability.Aliases);
            var status = statement.Status switch
            {
                OpenVexStatus.NotAffected => FindingStatus.NotAffected,
                OpenVexStatus.Affected => FindingStatus.Affected,
                OpenVexStatus.Fixed => FindingStatus.Fixed,
                _ => FindingStatus.UnderInvestigation,
            };
            var analysis = new VexAnalysis(
                status switch
                {
                    FindingStatus.NotAffected => AnalysisState.NotAffected,
                    FindingStatus.Affected => AnalysisState.Exploitable,
                    FindingStatus.Fixed => AnalysisState.Resolved,
                    _ => AnalysisState.InTriage,
                },
                VexAnalysis.FromVexLabel(Label(statement.Justification)),
                Label(statement.Justification),
                [],
                statement.ImpactStatement ?? statement.ActionStatement ?? statement.StatusNotes);
            for (var p = 0; p < statement.Products.Count; p++)
            {
                var product = statement.Products[p];
                var at = $"/statements/{s}/products/{p}";
                var targets = product.Subcomponents.Count == 0
                    ? [(product, at)]
                    : product.Subcomponents.Select((c, i) => (c, $"{at}/subcomponents/{i}")).ToList();
                foreach (var (target, pointer) in targets)
                {
                    var provenance = new StatementProvenance(StatementSourceKind.OpenVex, document.Id, origin.Revision, origin.Sha256, pointer);
                    if (VexProducts.Identify(target.Identifiers?.Purl ?? target.Id, target.Identifiers?.Cpe23) is { } identity)
                    {
                        statements.Add(new AffectedStatement(ids, identity.Product, identity.Versions, status, analysis, provenance));
                    }
                    else
                    {
                        skipped.Add(new SkippedStatement(pointer, $"product '{target.Id}' has no purl or CPE 2.3 to match on"));
                    }
                }
            }
        }

        return new StatementSet(statements, [], skipped);
    }

    private static string? Label(OpenVexJustification? justification) => justification switch
    {
        OpenVexJustification.ComponentNotPresent => "component_not_present",
        OpenVexJustification.VulnerableCodeNotPresent => "vulnerable_code_not_present",
        OpenVexJustification.VulnerableCodeNotInExecutePath => "vulnerable_code_not_in_execute_path",
        OpenVexJustification.VulnerableCodeCannotBeControlledByAdversary => "vulnerable_code_cannot_be_controlled_by_adversary",
        OpenVexJustification.InlineMitigationsAlreadyExist => "inline_mitigations_already_exist",
        _ => null,
    };
}

/// <summary>The product identity and versions of a VEX product given by purl (preferred) or CPE.</summary>
internal static class VexProducts
{
    public static (ProductIdentity Product, VersionConstraint Versions)? Identify(string? purl, string? cpe, string? version = null)
    {
        if (PackageUrl.TryParse(purl, PurlParseMode.Lenient, out var parsed, out _))
        {
            var text = parsed.Version ?? version;
            var scheme = PackageSchemes.For(parsed.Type);
            var versions = text is null ? VersionConstraint.All()
                : scheme.TryParse(text, out var v) ? VersionConstraint.Exactly(v) : VersionConstraint.Unreadable(text);
            return (PurlProducts.From(parsed), versions);
        }

        if (CpeName.TryParse(cpe, out var name))
        {
            var text = name.Version.Literal ?? version;
            var versions = text is null ? VersionConstraint.All()
                : MedVigil.Standards.Versions.VersionSchemes.Firmware.TryParse(text, out var v) ? VersionConstraint.Exactly(v) : VersionConstraint.Unreadable(text);
            return (new CpeProduct(name), versions);
        }

        return null;
    }
}
