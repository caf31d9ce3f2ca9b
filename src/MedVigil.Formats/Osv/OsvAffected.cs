using System.Text.Json;

namespace MedVigil.Formats.Osv;

/// <summary>A package affected by an OSV record: its version ranges and/or explicit version list.</summary>
/// <param name="Package">Absent for records with only GIT ranges.</param>
/// <param name="Versions">Affected versions listed explicitly (in addition to the ranges).</param>
/// <param name="EcosystemSpecific">Ecosystem data (e.g. Go's affected symbols), as JSON, when present.</param>
public sealed record OsvAffected(
    OsvPackage? Package,
    IReadOnlyList<OsvSeverity> Severity,
    IReadOnlyList<OsvRange> Ranges,
    IReadOnlyList<string> Versions,
    JsonElement? EcosystemSpecific,
    JsonElement? DatabaseSpecific);

/// <summary>A package: ecosystem (e.g. <c>Go</c>, <c>PyPI</c>, <c>Debian:12</c>), name and optional purl.</summary>
public sealed record OsvPackage(string Ecosystem, string Name, string? Purl);

/// <summary>How the versions of a range are compared.</summary>
public enum OsvRangeType
{
    /// <summary>Semantic versioning 2.0.</summary>
    Semver,

    /// <summary>The ecosystem's own version order.</summary>
    Ecosystem,

    /// <summary>Commits of <see cref="OsvRange.Repo"/>.</summary>
    Git,
}

/// <summary>
/// A version range: its events in file order, which may hold several introduced/fixed pairs (a version is affected when
/// the latest event at or below it is an introduction).
/// </summary>
public sealed record OsvRange(OsvRangeType Type, string? Repo, IReadOnlyList<OsvEvent> Events, JsonElement? DatabaseSpecific);

/// <summary>What an event says about its version.</summary>
public enum OsvEventKind
{
    /// <summary>From this version on, affected (<c>0</c> = from the start).</summary>
    Introduced,

    /// <summary>From this version on, not affected.</summary>
    Fixed,

    /// <summary>The last affected version (exclusive with <see cref="Fixed"/> in one range).</summary>
    LastAffected,

    /// <summary>An upper bound beyond which the range says nothing (GIT ranges).</summary>
    Limit,
}

/// <summary>One event of a range.</summary>
public sealed record OsvEvent(OsvEventKind Kind, string Version);
