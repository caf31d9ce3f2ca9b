using MedVigil.Domain.Common;

namespace MedVigil.Application.Feeds;

/// <summary>Helpers over <see cref="FeedHttpClient"/> answers shared by the document-listing syncs (CSAF, OSV).</summary>
internal static class FeedDownloads
{
    /// <summary>Whether a failed download was a plain 404 (the file is not there), not a fault.</summary>
    public static bool IsNotFound(Error error) => error.Fields.Any(f => f.Message.StartsWith("HTTP 404", StringComparison.Ordinal));

    /// <summary>The error's message and its first located problems, on one line, for a summary.</summary>
    public static string Reason(Error error) => error.Fields.Count == 0
        ? error.Message
        : error.Message + " [" + string.Join("; ", error.Fields.Take(3).Select(f => $"{f.Field}: {f.Message}")) + (error.Fields.Count > 3 ? "; …" : "") + "]";
}
