using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;
using MedVigil.Standards.Cpe;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Formats.Csaf;

/// <summary>The per-document state of <see cref="CsafStatements"/>: the product index and how products become statements.</summary>
internal sealed class CsafContext(CsafDocument document, IReadOnlyDictionary<string, CsafProduct> products, DocumentOrigin origin)
{
    private StatementSourceKind Kind => document.IsVex ? StatementSourceKind.CsafVex : StatementSourceKind.Csaf;

    public void Product(CsafVulnerability vulnerability, VulnerabilityIds ids, string productId, FindingStatus status, CsafVersionRole role,
        string pointer, List<AffectedStatement> statements, List<SkippedStatement> skipped)
    {
        if (!products.TryGetValue(productId, out var product))
        {
            skipped.Add(new SkippedStatement(pointer, $"product id '{productId}' is not defined in the product tree"));
            return;
        }

        if (CsafImpactedBy.Excludes(product.Name, ids.Primary) is { } named)
        {
            skipped.Add(new SkippedStatement(pointer, $"product '{product.Name}' names the vulnerabilities it is impacted by ({named}), not {ids.Primary}"));
            return;
        }

        var analysis = Analysis(vulnerability, productId, status);
        var provenance = new StatementProvenance(Kind, document.Document.Tracking.Id, origin.Revision, origin.Sha256, pointer);
        var identities = Identities(product).ToList();
        if (identities.Count == 0)
        {
            skipped.Add(new SkippedStatement(product.Location, $"product '{product.Name}' has no purl, CPE, model number or vendor and product name to match on"));
            return;
        }

        foreach (var (identity, versions) in identities)
        {
            statements.Add(new AffectedStatement(ids, identity, Role(versions, role), status, analysis, provenance));
        }
    }

    public void Remediation(VulnerabilityIds ids, CsafRemediation remediation, string pointer, List<AffectedStatement> statements)
    {
        if (!string.Equals(remediation.Category, "vendor_fix", StringComparison.Ordinal))
        {
            return;
        }

        var fixedVersions = CsafRemediationVersions.Read(remediation.Details).ToList();
        if (fixedVersions.Count == 0)
        {
            return;
        }

        var productIds = remediation.ProductIds.Concat(document.ProductTree.Groups
            .Where(g => remediation.GroupIds.Contains(g.GroupId, StringComparer.Ordinal)).SelectMany(g => g.ProductIds)).Distinct(StringComparer.Ordinal);
        var provenance = new StatementProvenance(Kind, document.Document.Tracking.Id, origin.Revision, origin.Sha256, pointer + "/details");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var productId in productIds)
        {
            if (!products.TryGetValue(productId, out var product))
            {
                continue;
            }

            foreach (var (identity, affected) in Identities(product).Where(i => i.Identity is NamedProduct or ModelNumberProduct))
            {
                if (!seen.Add(identity.ToString()))
                {
                    continue;
                }

                foreach (var versions in fixedVersions.Where(f => !NamesLaterVersion(affected, f)))
                {
                    var analysis = new VexAnalysis(AnalysisState.Resolved, null, null, [VexResponse.Update], remediation.Details);
                    statements.Add(new AffectedStatement(ids, identity, versions, FindingStatus.Fixed, analysis, provenance));
                }
            }
        }
    }

    /// <summary>
    /// Whether the product's own branch names a version at or above the remediation's fixed version: then the text
    /// is not this product's fix (ICSMA-20-170-01 "upgrade to the ExactaMix Version 1.4 (EM1200)" while EM2400 1.10
    /// to 1.14 and EM1200 1.4 are listed affected), and reading it as fixed would hide listed versions.
    /// </summary>
    private static bool NamesLaterVersion(VersionConstraint affected, VersionConstraint fixedVersions)
    {
        if (affected.Range is not { } range || fixedVersions.Range is not { Constraints: [{ Version: { } fix }] })
        {
            return false;
        }

        return range.Constraints.Any(c => c.Version is { } v && ReferenceEquals(v.Scheme, fix.Scheme) && c.Comparator switch
        {
            VersComparator.Equal or VersComparator.LessThanOrEqual => v.CompareTo(fix) >= 0,
            VersComparator.LessThan => v.CompareTo(fix) > 0,
            _ => false,
        });
    }

    /// <summary>The identities of a product, each with the versions its branches give (all versions when none).</summary>
    private IEnumerable<(ProductIdentity Identity, VersionConstraint Versions)> Identities(CsafProduct product)
    {
        if (product.Source == CsafProductSource.Relationship && product.Relationship is { } relationship
            && products.TryGetValue(relationship.ProductReference, out var component))
        {
            product = component;
        }

        var path = product.BranchPath;
        var vendor = path.LastOrDefault(b => b.Category == "vendor")?.Name;
        var name = path.LastOrDefault(b => b.Category == "product_name")?.Name ?? path.LastOrDefault(b => b.Category == "product_family")?.Name;
        var branch = path.LastOrDefault(b => b.Category is "product_version" or "product_version_range");
        var versions = branch is null ? VersionConstraint.All() : CsafVersionText.Read(branch.Name, branch.Category == "product_version_range");
        versions = (branch is null ? null : CsafVersionBranchNames.ModelVersions(branch.Name)) ?? versions;
        var member = branch is null ? null : CsafVersionBranchNames.Product(branch.Name, versions);
        var helper = product.Helper;
        if (helper?.Purl is { } purl && PurlProducts.FromText(purl) is { } package)
        {
            var withVersion = MedVigil.Standards.Purl.PackageUrl.TryParse(purl, MedVigil.Standards.Purl.PurlParseMode.Lenient, out var parsed, out _) && parsed.Version is { } v
                && PackageSchemes.For(parsed.Type).TryParse(v, out var sv) ? VersionConstraint.Exactly(sv) : versions;
            yield return (package, withVersion);
        }

        if (helper?.Cpe is { } cpe && CpeName.TryParse(cpe, out var cpeName))
        {
            yield return (new CpeProduct(cpeName), versions);
        }

        if (vendor is not null)
        {
            foreach (var model in helper?.ModelNumbers ?? [])
            {
                yield return (ModelNumberProduct.From(vendor, model), versions);
            }

            // The full name's own version text, when it reads otherwise than the branch: affected in either reading.
            var named = name is null || versions.Kind == VersionConstraintKind.All ? [] : CsafProductNameVersions.Read(product.Name)
                .Where(r => r.Range?.ToString() != versions.Range?.ToString()).ToList();
            if (name is not null)
            {
                yield return (NamedProduct.From(vendor, name), versions);
                foreach (var reading in named)
                {
                    yield return (NamedProduct.From(vendor, name), reading);
                }
            }

            if (member is not null)
            {
                yield return (NamedProduct.From(vendor, member), VersionConstraint.All($"{member} (the product named in the version branch: every version)"));
            }

            // A branch naming several makers is each maker's product too (the whole name is kept as written above).
            var makers = ManufacturerLists.Makers(vendor, ManufacturerAliases.Shipped);
            foreach (var maker in makers.Count > 1 ? makers : [])
            {
                foreach (var model in helper?.ModelNumbers ?? [])
                {
                    yield return (ModelNumberProduct.From(maker, model), versions);
                }

                if (name is not null)
                {
                    yield return (NamedProduct.From(maker, name), versions);
                    foreach (var reading in named)
                    {
                        yield return (NamedProduct.From(maker, name), reading);
                    }
                }
            }
        }
    }

    private static VersionConstraint Role(VersionConstraint versions, CsafVersionRole role)
    {
        if (role == CsafVersionRole.AsWritten || versions.Range is not { Constraints: [{ Comparator: VersComparator.Equal } only] } range)
        {
            return versions;
        }

        var comparator = role == CsafVersionRole.AndLater ? VersComparator.GreaterThanOrEqual : VersComparator.LessThanOrEqual;
        return VersionConstraint.Of(VersRange.Create(range.Scheme, [only with { Comparator = comparator }]), (role == CsafVersionRole.AndLater ? ">= " : "<= ") + versions.Written);
    }

    private VexAnalysis? Analysis(CsafVulnerability vulnerability, string productId, FindingStatus status)
    {
        bool Covers(IReadOnlyList<string> productIds, IReadOnlyList<string> groupIds) =>
            productIds.Contains(productId, StringComparer.Ordinal)
            || document.ProductTree.Groups.Any(g => groupIds.Contains(g.GroupId, StringComparer.Ordinal) && g.ProductIds.Contains(productId, StringComparer.Ordinal));

        var flag = vulnerability.Flags.FirstOrDefault(f => Covers(f.ProductIds, f.GroupIds));
        var impact = vulnerability.Threats.FirstOrDefault(t => t.Category == "impact" && Covers(t.ProductIds, t.GroupIds));
        var remediations = vulnerability.Remediations.Where(r => Covers(r.ProductIds, r.GroupIds)).ToList();
        if (!document.IsVex && flag is null && impact is null && status != FindingStatus.NotAffected)
        {
            return null;
        }

        var state = status switch
        {
            FindingStatus.NotAffected => AnalysisState.NotAffected,
            FindingStatus.Fixed => AnalysisState.Resolved,
            FindingStatus.Affected => AnalysisState.Exploitable,
            _ => AnalysisState.InTriage,
        };
        var responses = remediations.Select(r => r.Category switch
        {
            "vendor_fix" => VexResponse.Update,
            "no_fix_planned" => VexResponse.WillNotFix,
            "none_available" => VexResponse.CanNotFix,
            "workaround" or "mitigation" => (VexResponse?)VexResponse.WorkaroundAvailable,
            _ => null,
        }).OfType<VexResponse>().Distinct().ToList();
        var detail = impact?.Details ?? remediations.FirstOrDefault()?.Details;
        return new VexAnalysis(state, VexAnalysis.FromVexLabel(flag?.Label), flag?.Label, responses, detail);
    }
}
