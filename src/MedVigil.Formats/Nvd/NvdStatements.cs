using MedVigil.Domain.Matching;
using MedVigil.Standards.Cpe;
using MedVigil.Standards.Versions;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Formats.Nvd;

/// <summary>
/// Converts an NVD CVE's configurations into configuration statements, one per configuration, kept whole (AND/OR,
/// negate, <c>vulnerable</c> per CPE match). Version bounds are read with the tolerant firmware scheme (NVD versions
/// are vendor strings); a criteria's own version value becomes an equality bound. Rejected CVEs give none.
/// </summary>
public static class NvdStatements
{
    public static StatementSet Convert(NvdCve cve, DocumentOrigin? origin = null)
    {
        ArgumentNullException.ThrowIfNull(cve);
        origin ??= new DocumentOrigin();
        if (string.Equals(cve.VulnStatus, "Rejected", StringComparison.OrdinalIgnoreCase))
        {
            return new StatementSet([], [], [new SkippedStatement("/cve/vulnStatus", $"{cve.Id} is rejected: it matches nothing")]);
        }

        var ids = VulnerabilityIds.From(cve.Id, []);
        var revision = cve.LastModified.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var configurations = new List<ConfigurationStatement>();
        var skipped = new List<SkippedStatement>();
        for (var i = 0; i < cve.Configurations.Count; i++)
        {
            var at = $"/cve/configurations/{i}";
            var configuration = cve.Configurations[i];
            var nodes = new List<CpeConfigurationNode>();
            for (var n = 0; n < configuration.Nodes.Count; n++)
            {
                nodes.Add(Node(configuration.Nodes[n], $"{at}/nodes/{n}", skipped));
            }

            var root = new CpeConfigurationNode(configuration.Operator == NvdOperator.And ? LogicalOperator.And : LogicalOperator.Or, configuration.Negate, nodes, []);
            configurations.Add(new ConfigurationStatement(ids, root, new StatementProvenance(StatementSourceKind.Nvd, cve.Id, revision, origin.Sha256, at)));
        }

        return new StatementSet([], configurations, skipped);
    }

    /// <summary>Converts a configuration override (anchore/nvd-data-overrides), which replaces the CVE's configurations.</summary>
    public static StatementSet Convert(NvdOverride configurationOverride, DocumentOrigin? origin = null)
    {
        ArgumentNullException.ThrowIfNull(configurationOverride);
        var cve = new NvdCve(configurationOverride.CveId, null, default, default, null, [], [], [], configurationOverride.Configurations, configurationOverride.References);
        return Convert(cve, origin);
    }

    private static CpeConfigurationNode Node(NvdNode node, string at, List<SkippedStatement> skipped)
    {
        var matches = new List<CpeCriterion>();
        for (var m = 0; m < node.CpeMatch.Count; m++)
        {
            var match = node.CpeMatch[m];
            var pointer = $"{at}/cpeMatch/{m}";
            if (!CpeName.TryParse(match.Criteria, out var criteria, out var error))
            {
                // An unreadable criteria stays in the tree as never-true, so AND nodes do not widen.
                skipped.Add(new SkippedStatement(pointer + "/criteria", $"criteria '{match.Criteria}' is not a CPE: {error.Message}"));
                continue;
            }

            var bounds = Bounds(match, criteria, out var unreadable);
            matches.Add(new CpeCriterion(match.Vulnerable, criteria, bounds, unreadable, pointer));
        }

        return new CpeConfigurationNode(node.Operator == NvdOperator.And ? LogicalOperator.And : LogicalOperator.Or, node.Negate, [], matches);
    }

    private static VersRange? Bounds(NvdCpeMatch match, CpeName criteria, out string? unreadable)
    {
        var failed = false;
        var constraints = new List<VersConstraint>();
        var written = new List<string>();
        void Add(string? text, VersComparator comparator)
        {
            if (text is null)
            {
                return;
            }

            written.Add(comparator.Symbol() + text);
            if (VersionSchemes.Firmware.TryParse(text, out var version))
            {
                constraints.Add(new VersConstraint(comparator, version));
            }
            else
            {
                failed = true;
            }
        }

        Add(match.VersionStartIncluding, VersComparator.GreaterThanOrEqual);
        Add(match.VersionStartExcluding, VersComparator.GreaterThan);
        Add(match.VersionEndIncluding, VersComparator.LessThanOrEqual);
        Add(match.VersionEndExcluding, VersComparator.LessThan);
        if (constraints.Count == 0 && criteria.Version.Literal is { } exact)
        {
            Add(exact, VersComparator.Equal);
        }

        unreadable = null;
        if (failed)
        {
            unreadable = "bounds " + string.Join(' ', written) + " cannot be read as versions";
            return null;
        }

        return constraints.Count == 0 ? null : VersRange.Create(VersionSchemes.Firmware, constraints);
    }
}
