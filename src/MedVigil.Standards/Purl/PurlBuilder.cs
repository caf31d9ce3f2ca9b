using System.Buffers;

namespace MedVigil.Standards.Purl;

/// <summary>
/// Builds a <see cref="PackageUrl"/> from decoded components (purl-spec "how to build"), through the same checks and
/// normalisation as parsing so that both give the same value for the same PURL.
/// </summary>
internal static class PurlBuilder
{
    public static bool TryCreate(PurlComponents components, PurlParseMode mode, out PackageUrl? purl, out PurlError? error)
    {
        purl = null;
        var pairs = components.Qualifiers?.ToArray() ?? [];
        var length = Length(components.Type) + Length(components.Namespace) + Length(components.Name)
            + Length(components.Version) + Length(components.Subpath) + pairs.Sum(p => Length(p.Key) + Length(p.Value));
        if (length > PackageUrl.MaxLength)
        {
            error = PurlError.At(PurlErrorKind.Length, PurlComponent.Name, null, null,
                $"the components hold {length} characters; at most {PackageUrl.MaxLength} are accepted");
            return false;
        }

        var rented = ArrayPool<char>.Shared.Rent(Math.Max(length, 1));
        try
        {
            return TryCreate(components, pairs, mode, rented, out purl, out error);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static bool TryCreate(
        PurlComponents components, KeyValuePair<string, string?>[] pairs, PurlParseMode mode, Span<char> buffer,
        out PackageUrl? purl, out PurlError? error)
    {
        purl = null;
        if ((error = PurlSyntax.CheckType(components.Type, null)) is not null)
        {
            return false;
        }

        var type = PurlSyntax.LowercaseType(components.Type, out var definition);
        var gitPath = definition?.Has(PurlTypeRule.NameIsRepositoryPath) == true;
        // git: the name is a path of segments, like a namespace; for other types a '/' inside the name is kept.
        if ((error = Text(components, pairs)) is not null
            || (error = Segments(components.Namespace, PurlComponent.Namespace, definition, mode, buffer, out var ns)) is not null
            || (error = gitPath ? GitHost(definition!, ns) : null) is not null
            || (error = gitPath
                ? Segments(components.Name, PurlComponent.Name, definition, mode, buffer, out var name)
                : Folded(components.Name?.Trim('/'), PurlComponent.Name, definition, buffer, out name)) is not null
            || (error = Qualifiers(pairs, mode, out var qualifiers)) is not null
            || (error = Segments(components.Subpath, PurlComponent.Subpath, definition, mode, buffer, out var subpath)) is not null)
        {
            return false;
        }

        if (name is null)
        {
            error = PurlError.At(PurlErrorKind.Name, PurlComponent.Name, null, null, "a purl requires a name");
            return false;
        }

        Folded(components.Version, PurlComponent.Version, definition, buffer, out var version);
        name = PurlTypeChecks.NormaliseName(definition, name, qualifiers);
        error = definition is null ? null : PurlTypeChecks.Check(definition, ns, name, version, qualifiers, subpath, default);
        purl = error is null ? new PackageUrl(type, ns, name, version, qualifiers, subpath, definition) : null;
        return error is null;
    }

    private static int Length(string? value) => value?.Length ?? 0;

    /// <summary>Decoded components are Unicode text; half a surrogate pair is not.</summary>
    private static PurlError? Text(PurlComponents components, KeyValuePair<string, string?>[] pairs)
    {
        string?[] values = [components.Namespace, components.Name, components.Version, components.Subpath,
            .. pairs.Select(p => p.Value)];
        foreach (var value in values)
        {
            if (value is not null && PurlRawCharacters.HasUnpairedSurrogate(value))
            {
                return PurlError.At(PurlErrorKind.Encoding, PurlComponent.Name, null, value,
                    $"'{value}' holds half of a UTF-16 surrogate pair, which is not text");
            }
        }

        return null;
    }

    private static PurlError? GitHost(PurlTypeDefinition definition, string? host) => host?.Contains('/') == true
        ? PurlError.At(PurlErrorKind.TypeRule, PurlComponent.Namespace, null, host,
            $"a '{definition.Type}' namespace is the host alone, one segment, not '{host}'")
        : null;

    /// <summary>A name or version, case-folded as the type asks; empty gives null. Never fails (the error keeps call sites alike).</summary>
    private static PurlError? Folded(
        string? value, PurlComponent component, PurlTypeDefinition? definition, Span<char> buffer, out string? result)
    {
        result = null;
        if (!string.IsNullOrEmpty(value))
        {
            value.CopyTo(buffer);
            PurlCaseFolding.Apply(buffer[..value.Length], component, definition);
            result = buffer[..value.Length].ToString();
        }

        return null;
    }

    private static PurlError? Segments(
        string? value, PurlComponent component, PurlTypeDefinition? definition, PurlParseMode mode, Span<char> buffer,
        out string? result)
    {
        result = null;
        var segments = new PurlSegments(buffer, component, definition, mode);
        foreach (var range in (value ?? "").AsSpan().Split('/'))
        {
            var segment = (value ?? "").AsSpan()[range];
            segment.CopyTo(segments.NextSlot);
            if (!segments.Commit(segment.Length, null, out var error))
            {
                return error;
            }
        }

        result = segments.ToStringOrNull();
        return null;
    }

    private static PurlError? Qualifiers(KeyValuePair<string, string?>[] pairs, PurlParseMode mode, out PurlQualifiers qualifiers)
    {
        qualifiers = PurlQualifiers.Empty;
        var items = new List<PurlQualifier>(pairs.Length);
        foreach (var (key, value) in pairs)
        {
            if (PurlSyntax.CheckKey(key, null, mode) is { } error)
            {
                return error;
            }

            if (!string.IsNullOrEmpty(value))
            {
                items.Add(new PurlQualifier(PurlSyntax.LowercaseKey(key), value));
            }
        }

        return PurlQualifiers.TryCreate([.. items], out qualifiers, out var duplicate)
            ? null
            : PurlError.At(PurlErrorKind.Qualifier, PurlComponent.Qualifiers, null, duplicate,
                $"the qualifier key '{duplicate}' appears more than once");
    }
}
