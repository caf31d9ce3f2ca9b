namespace MedVigil.Application.Feeds;

/// <summary>The lease one run holds on one feed; the owner is unique per run (host, process, run).</summary>
public sealed record FeedLease(string Feed, string Owner, TimeSpan Duration)
{
    public static FeedLease For(string feed, TimeSpan duration) =>
        new(feed, $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}", duration);
}
