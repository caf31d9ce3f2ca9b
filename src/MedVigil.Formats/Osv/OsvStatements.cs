using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;
using MedVigil.Standards.Versions;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Formats.Osv;

/// <summary>
/// Converts an OSV record into affected statements: one per SEMVER/ECOSYSTEM range (all its introduced/fixed pairs,
/// <c>introduced: 0</c>, <c>last_affected</c> and <c>limit</c>, evaluated as the OSV spec does: events sorted by
/// version) and one for the explicit <c>versions</c> list. A withdrawn record gives none; GIT ranges, unknown
/// ecosystems and versions the ecosystem's scheme cannot read are skipped with the reason.
/// </summary>
public static class OsvStatements
{
    public static StatementSet Convert(OsvRecord record, DocumentOrigin? origin = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        origin ??= new DocumentOrigin();
        if (record.IsWithdrawn)
        {
            return new StatementSet([], [], [new SkippedStatement("/withdrawn", $"{record.Id} was withdrawn on {record.Withdrawn:yyyy-MM-dd}: it matches nothing")]);
        }

        // A distribution's record (DEBIAN-CVE-…, UBUNTU-CVE-…) names the one CVE it tracks in `upstream`: findings are
        // keyed by that CVE. A record with several upstream ids (a USN) is about all of them, so none is taken as its id.
        var upstream = record.Upstream.Count == 1 ? record.Upstream : [];
        var ids = VulnerabilityIds.From(record.Id, record.Aliases.Concat(upstream));
        var statements = new List<AffectedStatement>();
        var skipped = new List<SkippedStatement>();
        for (var i = 0; i < record.Affected.Count; i++)
        {
            Affected(record, ids, origin, record.Affected[i], $"/affected/{i}", statements, skipped);
        }

        return new StatementSet(statements, [], skipped);
    }

    private static void Affected(OsvRecord record, VulnerabilityIds ids, DocumentOrigin origin, OsvAffected affected, string at,
        List<AffectedStatement> statements, List<SkippedStatement> skipped)
    {
        if (affected.Package is not { } package)
        {
            skipped.Add(new SkippedStatement(at, "no package: GIT-only ranges cannot be evaluated against package versions"));
            return;
        }

        if (OsvEcosystems.Product(package) is not { } product)
        {
            skipped.Add(new SkippedStatement(at + "/package", $"ecosystem '{package.Ecosystem}' is not one MedVigil maps to packages"));
            return;
        }

        var ecosystemScheme = OsvEcosystems.Scheme(package.Ecosystem);
        StatementProvenance Provenance(string pointer) => new(StatementSourceKind.Osv, record.Id, record.Modified.ToString("O", System.Globalization.CultureInfo.InvariantCulture), origin.Sha256, pointer);

        for (var j = 0; j < affected.Ranges.Count; j++)
        {
            var range = affected.Ranges[j];
            var pointer = $"{at}/ranges/{j}";
            if (range.Type == OsvRangeType.Git)
            {
                skipped.Add(new SkippedStatement(pointer, "GIT range: commits cannot be compared with package versions"));
                continue;
            }

            var scheme = range.Type == OsvRangeType.Semver
                ? (ReferenceEquals(ecosystemScheme, VersionSchemes.Golang) ? VersionSchemes.Golang : VersionSchemes.Semver)
                : ecosystemScheme;
            if (scheme is null)
            {
                skipped.Add(new SkippedStatement(pointer, $"no version order is known for ecosystem '{package.Ecosystem}'"));
                continue;
            }

            if (OsvIntervals.ToConstraint(range.Events, scheme, out var error) is { } constraint)
            {
                statements.Add(new AffectedStatement(ids, product, constraint, FindingStatus.Affected, null, Provenance(pointer)));
            }
            else
            {
                skipped.Add(new SkippedStatement(pointer, error!));
            }
        }

        if (affected.Versions.Count > 0)
        {
            var scheme = ecosystemScheme ?? VersionSchemes.Generic;
            var versions = new List<VersConstraint>();
            foreach (var text in affected.Versions.Distinct(StringComparer.Ordinal))
            {
                if (scheme.TryParse(text, out var version, out var parseError))
                {
                    versions.Add(new VersConstraint(VersComparator.Equal, version));
                }
                else
                {
                    skipped.Add(new SkippedStatement(at + "/versions", $"version '{text}' skipped: {parseError.Message}"));
                }
            }

            if (versions.Count > 0)
            {
                var written = "versions " + string.Join(", ", affected.Versions.Take(5)) + (affected.Versions.Count > 5 ? $" … ({affected.Versions.Count})" : "");
                statements.Add(new AffectedStatement(ids, product, VersionConstraint.Of(VersRange.Create(scheme, versions), written), FindingStatus.Affected, null, Provenance(at + "/versions")));
            }
        }
    }
}
