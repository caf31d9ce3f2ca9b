using MedVigil.Standards.Versions;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Domain.Matching;

/// <summary>
/// Which versions of the product a statement covers: every version, a <c>vers</c> range under one scheme (per
/// ecosystem, or the tolerant firmware scheme for CSAF <c>vls</c> and free-text versions), or text that could not be
/// read as versions (kept so a match on it is an ambiguity, never a silent finding).
/// </summary>
/// <param name="Range">The range; null for <see cref="VersionConstraintKind.All"/> and <see cref="VersionConstraintKind.Unreadable"/>.</param>
/// <param name="Written">The constraint as the source wrote it (<c>introduced 0, fixed 2.3.0</c>, <c>&lt;V4.00</c>).</param>
/// <param name="BoundLabels">What the source called a bound, by version text (<c>2.3.0</c> → <c>fixed</c>).</param>
public sealed record VersionConstraint(
    VersionConstraintKind Kind,
    VersRange? Range,
    string Written,
    IReadOnlyDictionary<string, string> BoundLabels)
{
    private static readonly IReadOnlyDictionary<string, string> NoLabels = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The scheme the component's version must be read under; null for all and unreadable constraints.</summary>
    public VersionScheme? Scheme => Range?.Scheme;

    public static VersionConstraint All(string written = "all versions") => new(VersionConstraintKind.All, null, written, NoLabels);

    public static VersionConstraint Unreadable(string written) => new(VersionConstraintKind.Unreadable, null, written, NoLabels);

    public static VersionConstraint Of(VersRange range, string? written = null, IReadOnlyDictionary<string, string>? labels = null) =>
        range.IsAll ? All(written ?? range.ToString()) : new(VersionConstraintKind.Range, range, written ?? range.ToString(), labels ?? NoLabels);

    /// <summary>Exactly one version under a scheme.</summary>
    public static VersionConstraint Exactly(SchemeVersion version) =>
        Of(VersRange.Create(version.Scheme, [new VersConstraint(VersComparator.Equal, version)]), version.Text);

    public override string ToString() => Written;
}

/// <summary>The kinds of <see cref="VersionConstraint"/>.</summary>
public enum VersionConstraintKind
{
    /// <summary>Every version of the product.</summary>
    All,

    /// <summary>The versions of <see cref="VersionConstraint.Range"/>.</summary>
    Range,

    /// <summary>Versions were named but could not be read; a product match on it is only a possibility.</summary>
    Unreadable,
}
