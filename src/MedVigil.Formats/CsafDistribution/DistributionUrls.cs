using MedVigil.Formats.Common;

namespace MedVigil.Formats.CsafDistribution;

/// <summary>
/// The URLs a distribution document may name: absolute <c>https</c> or <c>http</c> only, and paths of a directory
/// distribution relative to its base (no scheme, no <c>..</c>, no query), so a listing cannot point a sync outside it.
/// </summary>
public static class DistributionUrls
{
    /// <summary>An absolute http(s) URL, or null (with an issue) for anything else.</summary>
    internal static Uri? Absolute(JsonFields f, string? text, string pointer)
    {
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            return url;
        }

        f.Error(pointer, "csaf-url", $"'{Cut(text)}' is not an absolute http(s) URL.");
        return null;
    }

    /// <summary>
    /// The URL of <paramref name="path"/> under <paramref name="directory"/> (which is read as a folder, with or without
    /// its trailing slash); null when the path is absolute, climbs with <c>..</c>, or has a query or fragment.
    /// </summary>
    public static Uri? Under(Uri directory, string path)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0 || path[0] == '/' || path.Contains('\\', StringComparison.Ordinal) || path.Contains("://", StringComparison.Ordinal)
            || path.IndexOfAny(['?', '#']) >= 0 || path.Split('/').Any(s => s is ".." or "." || s.Length == 0))
        {
            return null;
        }

        var folder = directory.AbsoluteUri.EndsWith('/') ? directory : new Uri(directory.AbsoluteUri + "/");
        var url = new Uri(folder, path);
        return url.AbsoluteUri.StartsWith(folder.AbsoluteUri, StringComparison.Ordinal) ? url : null;
    }

    internal static string Cut(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
