namespace MedVigil.Standards.Purl;

/// <summary>What was wrong with a PURL string or its components, and where.</summary>
/// <param name="Kind">The family of problem.</param>
/// <param name="Component">The PURL component it was found in.</param>
/// <param name="Position">0-based character position in the parsed string; null when building from components.</param>
/// <param name="Text">The offending text, or null when something is missing rather than wrong.</param>
/// <param name="Message">A sentence saying what is wrong and where, without repeating the whole input.</param>
public sealed record PurlError(PurlErrorKind Kind, PurlComponent Component, int? Position, string? Text, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;

    internal static PurlError At(PurlErrorKind kind, PurlComponent component, int? position, string? text, string what)
    {
        var where = position is { } p ? $" (position {p})" : "";
        return new PurlError(kind, component, position, text, what + where);
    }
}

/// <summary>The family of a <see cref="PurlError"/>.</summary>
public enum PurlErrorKind
{
    /// <summary>Empty, or longer than <see cref="PackageUrl.MaxLength"/>.</summary>
    Length,

    /// <summary>The string does not start with <c>pkg:</c>.</summary>
    Scheme,

    /// <summary>The type is missing or has characters a type may not have.</summary>
    Type,

    /// <summary>The name is missing.</summary>
    Name,

    /// <summary>A character that must be percent-encoded, a broken %XX escape, or bytes that are not UTF-8.</summary>
    Encoding,

    /// <summary>A namespace or subpath segment that is not allowed ('.', '..', or one holding '/').</summary>
    Segment,

    /// <summary>A qualifier with a bad or duplicate key, no '=', or a required key missing.</summary>
    Qualifier,

    /// <summary>A rule of the PURL type's official definition is broken.</summary>
    TypeRule,
}

/// <summary>The seven parts of a PURL: <c>scheme:type/namespace/name@version?qualifiers#subpath</c>.</summary>
public enum PurlComponent
{
    /// <summary>The constant <c>pkg</c>.</summary>
    Scheme,

    /// <summary>The package type, e.g. <c>maven</c>.</summary>
    Type,

    /// <summary>The name prefix, e.g. a Maven group id.</summary>
    Namespace,

    /// <summary>The package name.</summary>
    Name,

    /// <summary>The package version.</summary>
    Version,

    /// <summary>The <c>key=value</c> pairs.</summary>
    Qualifiers,

    /// <summary>The path inside the package.</summary>
    Subpath,
}
