namespace MedVigil.Cli.Commands;

/// <summary>The URLs <c>sync csaf</c> and <c>sync osv</c> accept.</summary>
internal static class SyncUrls
{
    /// <summary>An absolute http(s) URL, or null.</summary>
    public static Uri? Http(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) ? url : null;
}
