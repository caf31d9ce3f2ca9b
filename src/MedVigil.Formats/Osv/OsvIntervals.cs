using MedVigil.Domain.Matching;
using MedVigil.Standards.Versions;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Formats.Osv;

/// <summary>
/// The OSV evaluation of a range's events as <c>vers</c> intervals: events are sorted by version (<c>introduced: 0</c>
/// first); a version is affected when the latest event at or below it is an introduction (<c>last_affected</c>
/// includes its own version). Several introduced/fixed pairs give several disjoint intervals.
/// </summary>
internal static class OsvIntervals
{
    public static VersionConstraint? ToConstraint(IReadOnlyList<OsvEvent> events, VersionScheme scheme, out string? error)
    {
        error = null;
        var parsed = new List<(OsvEvent Event, SchemeVersion? Version)>();
        foreach (var e in events)
        {
            if (e.Kind == OsvEventKind.Introduced && e.Version == "0")
            {
                parsed.Add((e, null));
                continue;
            }

            if (!scheme.TryParse(e.Version, out var version, out var parseError))
            {
                error = $"{Name(e.Kind)} version '{e.Version}' cannot be read as {scheme.Name}: {parseError.Message}";
                return null;
            }

            parsed.Add((e, version));
        }

        // null (introduced 0) sorts first; equal versions keep file order.
        var sorted = parsed.Select((p, i) => (p.Event, p.Version, i)).OrderBy(p => p.Version, Comparer<SchemeVersion?>.Create(Compare)).ThenBy(p => p.i).ToList();
        var constraints = new List<VersConstraint>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var open = false;
        var unboundedBelow = false;
        foreach (var (e, version, _) in sorted)
        {
            if (version is not null)
            {
                labels.TryAdd(version.Text, Name(e.Kind));
            }

            switch (e.Kind)
            {
                case OsvEventKind.Introduced when !open:
                    open = true;
                    if (version is null)
                    {
                        unboundedBelow = true;
                    }
                    else
                    {
                        constraints.Add(new VersConstraint(VersComparator.GreaterThanOrEqual, version));
                    }

                    break;
                case OsvEventKind.Fixed or OsvEventKind.Limit when open:
                    constraints.Add(new VersConstraint(VersComparator.LessThan, version));
                    open = false;
                    break;
                case OsvEventKind.LastAffected when open:
                    constraints.Add(new VersConstraint(VersComparator.LessThanOrEqual, version));
                    open = false;
                    break;
                default:
                    break;
            }
        }

        var written = string.Join(", ", events.Select(e => $"{Name(e.Kind)} {e.Version}"));
        if (constraints.Count == 0)
        {
            if (unboundedBelow && open)
            {
                return VersionConstraint.All(written);
            }

            error = "the range's events give no affected version";
            return null;
        }

        return VersionConstraint.Of(VersRange.Create(scheme, constraints), written, labels);
    }

    private static int Compare(SchemeVersion? left, SchemeVersion? right) =>
        left is null ? (right is null ? 0 : -1) : right is null ? 1 : left.CompareTo(right);

    private static string Name(OsvEventKind kind) => kind switch
    {
        OsvEventKind.Introduced => "introduced",
        OsvEventKind.Fixed => "fixed",
        OsvEventKind.LastAffected => "last_affected",
        _ => "limit",
    };
}
