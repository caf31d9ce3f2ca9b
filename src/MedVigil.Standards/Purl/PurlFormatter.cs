namespace MedVigil.Standards.Purl;

/// <summary>
/// Writes the canonical string (purl-spec "how to build"): <c>pkg:</c>, the lowercase type, each namespace, name and
/// subpath segment percent-encoded, the version, then the qualifiers sorted by key. Measures first, writes once.
/// </summary>
internal static class PurlFormatter
{
    public static string Format(PackageUrl purl)
    {
        var gitPath = purl.TypeDefinition?.Has(PurlTypeRule.NameIsRepositoryPath) == true;
        var length = "pkg:".Length + purl.Type.Length + 1 + PathLength(purl.Name, gitPath);
        length += purl.Namespace is null ? 0 : PathLength(purl.Namespace, segmented: true) + 1;
        length += purl.Version is null ? 0 : 1 + PercentEncoding.EncodedLength(purl.Version);
        foreach (var (key, value) in purl.Qualifiers)
        {
            length += 1 + key.Length + 1 + PercentEncoding.EncodedLength(value);
        }

        length += purl.Subpath is null ? 0 : 1 + PathLength(purl.Subpath, segmented: true);
        return string.Create(length, (purl, gitPath), static (span, state) => Write(span, state.purl, state.gitPath));
    }

    private static void Write(Span<char> span, PackageUrl purl, bool gitPath)
    {
        var at = Append(span, 0, "pkg:");
        at = Append(span, at, purl.Type);
        span[at++] = '/';
        if (purl.Namespace is not null)
        {
            at += EncodePath(purl.Namespace, span[at..], segmented: true);
            span[at++] = '/';
        }

        at += EncodePath(purl.Name, span[at..], gitPath);
        if (purl.Version is not null)
        {
            span[at++] = '@';
            at += PercentEncoding.Encode(purl.Version, span[at..]);
        }

        var separator = '?';
        foreach (var (key, value) in purl.Qualifiers)
        {
            span[at++] = separator;
            at = Append(span, at, key);
            span[at++] = '=';
            at += PercentEncoding.Encode(value, span[at..]);
            separator = '&';
        }

        if (purl.Subpath is not null)
        {
            span[at++] = '#';
            EncodePath(purl.Subpath, span[at..], segmented: true);
        }
    }

    private static int Append(Span<char> span, int at, string text)
    {
        text.CopyTo(span[at..]);
        return at + text.Length;
    }

    /// <summary>The encoded length of a value; when segmented, its '/' separators stay unencoded.</summary>
    private static int PathLength(string value, bool segmented)
    {
        if (!segmented)
        {
            return PercentEncoding.EncodedLength(value);
        }

        var length = 0;
        foreach (var range in value.AsSpan().Split('/'))
        {
            length += PercentEncoding.EncodedLength(value.AsSpan()[range]) + 1;
        }

        return length - 1;
    }

    private static int EncodePath(string value, Span<char> destination, bool segmented)
    {
        if (!segmented)
        {
            return PercentEncoding.Encode(value, destination);
        }

        var written = 0;
        foreach (var range in value.AsSpan().Split('/'))
        {
            if (range.Start.Value > 0)
            {
                destination[written++] = '/';
            }

            written += PercentEncoding.Encode(value.AsSpan()[range], destination[written..]);
        }

        return written;
    }
}
