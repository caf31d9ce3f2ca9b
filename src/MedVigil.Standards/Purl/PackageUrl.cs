using System.Diagnostics.CodeAnalysis;

namespace MedVigil.Standards.Purl;

/// <summary>
/// A Package URL (ECMA-427, purl-spec): <c>pkg:type/namespace/name@version?qualifiers#subpath</c>, held decoded and
/// normalised as its type's official definition asks. <see cref="ToString"/> is the canonical form;
/// <see cref="Parse(string, PurlParseMode)"/> of it gives an equal value, and two values are equal exactly when their
/// canonical forms are. Immutable.
/// </summary>
public sealed class PackageUrl : IEquatable<PackageUrl>
{
    /// <summary>The longest PURL string (and the most component text) accepted, in characters.</summary>
    public const int MaxLength = 4096;

    private string? _canonical;

    internal PackageUrl(
        string type, string? @namespace, string name, string? version, PurlQualifiers qualifiers, string? subpath,
        PurlTypeDefinition? typeDefinition)
    {
        Type = type;
        Namespace = @namespace;
        Name = name;
        Version = version;
        Qualifiers = qualifiers;
        Subpath = subpath;
        TypeDefinition = typeDefinition;
    }

    /// <summary>The lowercase package type, e.g. <c>maven</c>.</summary>
    public string Type { get; }

    /// <summary>The decoded namespace, segments joined by '/', or null.</summary>
    public string? Namespace { get; }

    /// <summary>The decoded name.</summary>
    public string Name { get; }

    /// <summary>The decoded version, or null.</summary>
    public string? Version { get; }

    /// <summary>The decoded qualifiers, sorted by key.</summary>
    public PurlQualifiers Qualifiers { get; }

    /// <summary>The decoded subpath, segments joined by '/', or null.</summary>
    public string? Subpath { get; }

    /// <summary>The official definition of <see cref="Type"/>, or null for a type that is not registered.</summary>
    public PurlTypeDefinition? TypeDefinition { get; }

    /// <summary>
    /// False for a type purl-spec does not register. Such a PURL is still valid (ECMA-427 §5.7) but only the general
    /// rules were checked; callers may want to warn.
    /// </summary>
    public bool IsRegisteredType => TypeDefinition is not null;

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> with the error's message when invalid.</summary>
    public static PackageUrl Parse(string text, PurlParseMode mode = PurlParseMode.Strict) =>
        TryParse(text, mode, out var purl, out var error) ? purl : throw new FormatException(error.Message);

    /// <summary>Parses <paramref name="text"/> strictly.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out PackageUrl? purl) =>
        PurlParser.TryParse(text, PurlParseMode.Strict, out purl, out _);

    /// <summary>Parses <paramref name="text"/> strictly; on failure <paramref name="error"/> says what and where.</summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? text, [NotNullWhen(true)] out PackageUrl? purl, [NotNullWhen(false)] out PurlError? error) =>
        PurlParser.TryParse(text, PurlParseMode.Strict, out purl, out error);

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="error"/> says what and where.</summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? text,
        PurlParseMode mode,
        [NotNullWhen(true)] out PackageUrl? purl,
        [NotNullWhen(false)] out PurlError? error) =>
        PurlParser.TryParse(text, mode, out purl, out error);

    /// <summary>Builds from decoded components; throws <see cref="FormatException"/> with the error's message when invalid.</summary>
    public static PackageUrl Create(PurlComponents components, PurlParseMode mode = PurlParseMode.Strict) =>
        TryCreate(components, mode, out var purl, out var error) ? purl : throw new FormatException(error.Message);

    /// <summary>Builds from decoded components; on failure <paramref name="error"/> says what (with no position).</summary>
    public static bool TryCreate(
        PurlComponents components,
        PurlParseMode mode,
        [NotNullWhen(true)] out PackageUrl? purl,
        [NotNullWhen(false)] out PurlError? error)
    {
        ArgumentNullException.ThrowIfNull(components);
        return PurlBuilder.TryCreate(components, mode, out purl, out error);
    }

    /// <summary>The canonical PURL string.</summary>
    public override string ToString() => _canonical ??= PurlFormatter.Format(this);

    /// <inheritdoc />
    public bool Equals(PackageUrl? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Type, other.Type, StringComparison.Ordinal)
                && string.Equals(Namespace, other.Namespace, StringComparison.Ordinal)
                && string.Equals(Name, other.Name, StringComparison.Ordinal)
                && string.Equals(Version, other.Version, StringComparison.Ordinal)
                && string.Equals(Subpath, other.Subpath, StringComparison.Ordinal)
                && Qualifiers.Equals(other.Qualifiers)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PackageUrl);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(
            StringComparer.Ordinal.GetHashCode(Type),
            Namespace is null ? 0 : StringComparer.Ordinal.GetHashCode(Namespace),
            StringComparer.Ordinal.GetHashCode(Name),
            Version is null ? 0 : StringComparer.Ordinal.GetHashCode(Version),
            Qualifiers,
            Subpath is null ? 0 : StringComparer.Ordinal.GetHashCode(Subpath));

    /// <summary>Equal canonical forms.</summary>
    public static bool operator ==(PackageUrl? left, PackageUrl? right) => left?.Equals(right) ?? right is null;

    /// <summary>Different canonical forms.</summary>
    public static bool operator !=(PackageUrl? left, PackageUrl? right) => !(left == right);
}
