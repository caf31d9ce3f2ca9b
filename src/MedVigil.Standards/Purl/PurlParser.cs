using System.Buffers;

namespace MedVigil.Standards.Purl;

/// <summary>
/// Reads a PURL string as purl-spec's "how to parse" does (subpath from the last '#', qualifiers from the last '?',
/// scheme up to the first ':', type up to the next '/'), with one deliberate difference: the version is split at the
/// last '@' of the last path segment, so an unencoded npm scope (<c>@babel/core</c>) is not taken for a version.
/// </summary>
internal static class PurlParser
{
    private const int StackLimit = 1024;

    public static bool TryParse(string? text, PurlParseMode mode, out PackageUrl? purl, out PurlError? error)
    {
        purl = null;
        if (string.IsNullOrEmpty(text) || text.Length > PackageUrl.MaxLength)
        {
            error = PurlError.At(PurlErrorKind.Length, PurlComponent.Scheme, null, null, string.IsNullOrEmpty(text)
                ? "the purl is empty"
                : $"the purl is {text.Length} characters long; at most {PackageUrl.MaxLength} are accepted");
            return false;
        }

        if ((error = PurlRawCharacters.Check(text, mode)) is not null)
        {
            return false;
        }

        var rented = text.Length > StackLimit ? ArrayPool<char>.Shared.Rent(text.Length) : null;
        try
        {
            var buffer = rented is null ? stackalloc char[text.Length] : rented.AsSpan(0, text.Length);
            return TryParse(text, mode, buffer, out purl, out error);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static bool TryParse(string text, PurlParseMode mode, Span<char> buffer, out PackageUrl? purl, out PurlError? error)
    {
        purl = null;
        var hash = text.LastIndexOf('#');
        var queryEnd = hash < 0 ? text.Length : hash;
        var question = text.AsSpan(0, queryEnd).LastIndexOf('?');
        var pathEnd = question < 0 ? queryEnd : question;

        if ((error = Scheme(text, pathEnd, out var typeStart)) is not null
            || (error = Type(text, typeStart, pathEnd, out var type, out var definition, out var pathStart)) is not null
            || (error = Path(text, pathStart, pathEnd, definition, mode, buffer, out var path)) is not null
            || (error = PurlQueryParser.Parse(text, question, queryEnd, mode, buffer, out var qualifiers)) is not null
            || (error = Subpath(text, hash, definition, mode, buffer, out var subpath)) is not null)
        {
            return false;
        }

        var name = PurlTypeChecks.NormaliseName(definition, path.Name, qualifiers);
        var positions = new PurlPositions(path.NamespaceAt, path.NameAt, path.VersionAt, question < 0 ? null : question + 1,
            hash < 0 ? null : hash + 1);
        error = definition is null
            ? null
            : PurlTypeChecks.Check(definition, path.Namespace, name, path.Version, qualifiers, subpath, positions);
        purl = error is null
            ? new PackageUrl(type, path.Namespace, name, path.Version, qualifiers, subpath, definition)
            : null;
        return error is null;
    }

    /// <summary>§5.6.1: <c>pkg:</c> in any case, then any number of '/' that are not significant.</summary>
    private static PurlError? Scheme(string text, int pathEnd, out int typeStart)
    {
        var colon = text.AsSpan(0, pathEnd).IndexOf(':');
        typeStart = colon + 1;
        if (colon < 0 || !text.AsSpan(0, colon).Equals("pkg", StringComparison.OrdinalIgnoreCase))
        {
            return PurlError.At(PurlErrorKind.Scheme, PurlComponent.Scheme, 0, colon < 0 ? null : text[..colon],
                "a purl must start with the scheme 'pkg:'");
        }

        while (typeStart < pathEnd && text[typeStart] == '/')
        {
            typeStart++;
        }

        return null;
    }

    private static PurlError? Type(
        string text, int start, int pathEnd, out string type, out PurlTypeDefinition? definition, out int pathStart)
    {
        var slash = text.AsSpan(start, pathEnd - start).IndexOf('/');
        var span = text.AsSpan(start, (slash < 0 ? pathEnd : start + slash) - start);
        (type, definition, pathStart) = ("", null, start + span.Length + 1);
        if (PurlSyntax.CheckType(span, start) is { } error)
        {
            return error;
        }

        type = PurlSyntax.LowercaseType(span, out definition);
        return slash < 0 ? MissingName(start + span.Length) : null;
    }

    private static PurlError? Path(
        string text, int start, int end, PurlTypeDefinition? definition, PurlParseMode mode, Span<char> buffer,
        out PurlPath path)
    {
        path = default;
        start = Math.Min(start, end);
        var span = text.AsSpan(start, end - start).Trim('/');
        start += text.AsSpan(start, end - start).Length - text.AsSpan(start, end - start).TrimStart('/').Length;
        var lastSlash = span.LastIndexOf('/');
        var last = span[(lastSlash + 1)..];
        var at = last.LastIndexOf('@');
        var nameStart = start + lastSlash + 1;
        var nameEnd = at < 0 ? start + span.Length : nameStart + at;

        // git: the namespace is the host alone and the name is the rest of the path ("owner/repository").
        var gitPath = definition?.Has(PurlTypeRule.NameIsRepositoryPath) == true;
        var namespaceEnd = gitPath ? start + Math.Max(span.IndexOf('/'), 0) : start + Math.Max(lastSlash, 0);
        nameStart = gitPath && namespaceEnd > start ? namespaceEnd + 1 : nameStart;

        string? version = null;
        if (at >= 0 && (Decode(text, nameEnd + 1, start + span.Length, PurlComponent.Version, definition, buffer,
                out version) is { } versionError))
        {
            return versionError;
        }

        var nameError = gitPath
            ? Segments(text, nameStart, nameEnd, PurlComponent.Name, definition, mode, buffer, out var name)
            : Decode(text, nameStart, nameEnd, PurlComponent.Name, definition, buffer, out name);
        if (nameError is not null || string.IsNullOrEmpty(name))
        {
            return nameError ?? MissingName(nameStart);
        }

        if (Segments(text, start, namespaceEnd, PurlComponent.Namespace, definition, mode, buffer, out var ns) is { } nsError)
        {
            return nsError;
        }

        path = new PurlPath(ns, name, version, ns is null ? null : start, nameStart, at < 0 ? null : nameEnd + 1);
        return null;
    }

    private static PurlError? Subpath(
        string text, int hash, PurlTypeDefinition? definition, PurlParseMode mode, Span<char> buffer, out string? subpath)
    {
        subpath = null;
        return hash < 0 ? null : Segments(text, hash + 1, text.Length, PurlComponent.Subpath, definition, mode, buffer, out subpath);
    }

    /// <summary>Decodes text[start..end) as one value (a name or version); empty gives null.</summary>
    private static PurlError? Decode(
        string text, int start, int end, PurlComponent component, PurlTypeDefinition? definition, Span<char> buffer,
        out string? value)
    {
        value = null;
        if (!PercentEncoding.TryDecode(text.AsSpan(start, end - start), buffer, out var written, out var offset))
        {
            return EncodingError(text, start, end, offset, component);
        }

        PurlCaseFolding.Apply(buffer[..written], component, definition);
        value = written == 0 ? null : buffer[..written].ToString();
        return null;
    }

    /// <summary>Decodes text[start..end) as '/'-separated segments; no segments gives null.</summary>
    private static PurlError? Segments(
        string text, int start, int end, PurlComponent component, PurlTypeDefinition? definition, PurlParseMode mode,
        Span<char> buffer, out string? value)
    {
        value = null;
        var segments = new PurlSegments(buffer, component, definition, mode);
        while (start < end)
        {
            var slash = text.AsSpan(start, end - start).IndexOf('/');
            var segmentEnd = slash < 0 ? end : start + slash;
            if (!PercentEncoding.TryDecode(text.AsSpan(start, segmentEnd - start), segments.NextSlot, out var written,
                    out var offset))
            {
                return EncodingError(text, start, segmentEnd, offset, component);
            }

            if (!segments.Commit(written, start, out var error))
            {
                return error;
            }

            start = segmentEnd + 1;
        }

        value = segments.ToStringOrNull();
        return null;
    }

    internal static PurlError EncodingError(string text, int start, int end, int offset, PurlComponent component) =>
        offset >= 0
            ? PurlError.At(PurlErrorKind.Encoding, component, start + offset,
                text.Substring(start + offset, Math.Min(3, end - start - offset)),
                $"'{text.AsSpan(start + offset, Math.Min(3, end - start - offset))}' is not a valid percent-encoded byte (%XX)")
            : PurlError.At(PurlErrorKind.Encoding, component, start, text[start..end],
                $"'{text.AsSpan(start, end - start)}' does not decode to UTF-8 text");

    private static PurlError MissingName(int position) =>
        PurlError.At(PurlErrorKind.Name, PurlComponent.Name, position, null, "a purl requires a name");

    private readonly record struct PurlPath(
        string? Namespace, string Name, string? Version, int? NamespaceAt, int NameAt, int? VersionAt);
}
