using System.CommandLine;

namespace MedVigil.Cli.Commands;

/// <summary><c>medvigil sync FEED …</c>: feed synchronisation from the network (ADR 0014, 0017).</summary>
internal static class SyncCommand
{
    public static Command Create(GlobalOptions global) => new("sync", "Fetch new and changed documents from feeds (resumes at each feed's watermark)")
    {
        CsafSyncCommand.Create(global), OsvSyncCommand.Create(global),
    };

    /// <summary>An absolute http(s) URL, or null.</summary>
    public static Uri? HttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) ? url : null;
}
