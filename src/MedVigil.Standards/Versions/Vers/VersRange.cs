using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace MedVigil.Standards.Versions.Vers;

/// <summary>
/// A <c>vers</c> version range (package-url/vers-spec), e.g. <c>vers:deb/&gt;=2:9.0.0|&lt;2:9.1.0</c>: a type, whose
/// <see cref="VersionScheme"/> orders the versions, and constraints sorted by version. <see cref="Parse"/> accepts only
/// canonical text and round-trips with <see cref="ToString"/>; <see cref="ParseLenient"/> accepts real-world input and
/// sorts it; <see cref="Canonicalize"/> gives the shortest equivalent canonical range.
/// <see cref="Contains(SchemeVersion)"/> on a parsed range allocates nothing.
/// </summary>
public sealed class VersRange : IEquatable<VersRange>
{
    /// <summary>Longest <c>vers</c> accepted, so hostile input cannot make parsing expensive.</summary>
    public const int MaxLength = 4096;

    private readonly VersConstraint[] _constraints;

    internal VersRange(string type, VersionScheme scheme, VersConstraint[] constraints) =>
        (Type, Scheme, _constraints) = (type, scheme, constraints);

    /// <summary>The <c>vers</c> type, lower case, e.g. <c>npm</c>.</summary>
    public string Type { get; }

    public VersionScheme Scheme { get; }

    /// <summary>The constraints, sorted by version (the array is never changed, so it is shared, not copied).</summary>
    public ImmutableArray<VersConstraint> Constraints => ImmutableCollectionsMarshal.AsImmutableArray(_constraints);

    /// <summary>True for <c>vers:&lt;type&gt;/*</c>.</summary>
    public bool IsAll => _constraints is [{ Comparator: VersComparator.Any }];

    /// <summary>True when the constraints obey the <c>vers</c> validation rules (sorted, unique, valid sequence).</summary>
    public bool IsValid => Validate() is null;

    public static VersRange Parse(string text) =>
        TryParse(text, out var range, out var error) ? range : throw new FormatException(error.Message);

    /// <summary>Parses a canonical <c>vers</c>; anything non-canonical is an error that says what and where.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out VersRange? range, [NotNullWhen(false)] out VersParseError? error)
    {
        range = VersParser.Parse(text, strict: true, out error);
        return range is not null;
    }

    public static VersRange ParseLenient(string text) =>
        TryParseLenient(text, out var range, out var error) ? range : throw new FormatException(error.Message);

    /// <summary>
    /// Parses a <c>vers</c> as found in the wild: whitespace, stray pipes, <c>=</c>/<c>==</c>, any case, type aliases and
    /// any constraint order are accepted; the constraints are sorted (by version, then comparator) but none are
    /// merged or dropped, so the result may still break the validation rules (see <see cref="Validate"/>).
    /// </summary>
    public static bool TryParseLenient([NotNullWhen(true)] string? text, [NotNullWhen(true)] out VersRange? range, [NotNullWhen(false)] out VersParseError? error)
    {
        range = VersParser.Parse(text, strict: false, out error);
        return range is not null;
    }

    /// <summary>A range from constraints built in code; they are sorted but not validated.</summary>
    public static VersRange Create(VersionScheme scheme, IEnumerable<VersConstraint> constraints)
    {
        var list = constraints.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A vers range needs at least one constraint.", nameof(constraints));
        }

        if (list.Any(c => c.Comparator != VersComparator.Any && !ReferenceEquals(c.Version?.Scheme, scheme)))
        {
            throw new ArgumentException($"Every constraint must hold a {scheme.Name} version.", nameof(constraints));
        }

        if (list.Count > 1 && list.Any(c => c.Comparator == VersComparator.Any))
        {
            throw new ArgumentException("'*' must stand alone.", nameof(constraints));
        }

        VersValidation.SortStable(list);
        return new VersRange(scheme.Name, scheme, [.. list]);
    }

    /// <summary>True when the version lies in the range. Allocates nothing.</summary>
    public bool Contains(SchemeVersion version) =>
        VersContainment.Contains(_constraints, new RealVersion(version));

    /// <summary>Parses <paramref name="version"/> under the range's scheme and tests it; throws <see cref="FormatException"/> if invalid.</summary>
    public bool Contains(string version) => Contains(Scheme.Parse(version));

    /// <summary>The first <c>vers</c> validation rule the range breaks, or null when it is valid.</summary>
    public VersParseError? Validate() =>
        VersValidation.FindProblem(_constraints) is { } problem
            ? new VersParseError(ToString(), ConstraintPosition(problem.Index), problem.Reason)
            : null;

    /// <summary>
    /// The specification's simplification: duplicates collapse and redundant bounds go (<c>&gt;=1.0|&gt;=1.5|&lt;2.0</c> →
    /// <c>&gt;=1.0|&lt;2.0</c>). Ranges that are already valid keep their members.
    /// </summary>
    public VersRange Simplify() => new(Type, Scheme, [.. VersSimplifier.Simplify(_constraints)]);

    public VersRange Canonicalize() =>
        TryCanonicalize(out var canonical, out var error) ? canonical : throw new InvalidOperationException(error.Message);

    /// <summary>
    /// The canonical form: <see cref="Simplify"/>, then the shortest valid range with exactly the members of the
    /// simplified one (touching intervals merged, a single hole written as <c>!=</c>, everything as <c>*</c>). Fails
    /// only for a range that contains no version at all, which <c>vers</c> cannot write.
    /// </summary>
    public bool TryCanonicalize([NotNullWhen(true)] out VersRange? canonical, [NotNullWhen(false)] out VersParseError? error)
    {
        var constraints = VersCanonicalizer.Canonicalize([.. VersSimplifier.Simplify(_constraints)]);
        canonical = constraints is null ? null : new VersRange(Type, Scheme, constraints);
        error = constraints is null ? new VersParseError(ToString(), 0, "the range contains no version, which vers cannot express") : null;
        return canonical is not null;
    }

    public override string ToString() => $"vers:{Type}/{string.Join('|', _constraints)}";

    public bool Equals(VersRange? other) =>
        other is not null && ReferenceEquals(Scheme, other.Scheme) && _constraints.Length == other._constraints.Length
        && _constraints.Zip(other._constraints).All(pair => pair.First.Comparator == pair.Second.Comparator && Equals(pair.First.Version, pair.Second.Version));

    public override bool Equals(object? obj) => obj is VersRange other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Scheme.Name, _constraints.Length, _constraints.Length > 0 ? _constraints[0].Version?.GetHashCode() : 0);

    private int ConstraintPosition(int index) =>
        "vers:".Length + Type.Length + 1 + _constraints.Take(index).Sum(c => c.ToString().Length + 1);
}
