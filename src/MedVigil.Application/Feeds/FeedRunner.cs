using MedVigil.Domain.Common;
using Microsoft.Extensions.Logging;

namespace MedVigil.Application.Feeds;

/// <summary>
/// Runs one sync of one feed under its lease (ADR 0014): refused while another run holds it; the outcome recorded
/// (last success, or the short last error); the lease released at the end, even on failure or cancellation.
/// </summary>
public sealed class FeedRunner(FeedStates states, ILogger<FeedRunner> logger)
{
    /// <summary>How long a lease holds unless renewed; syncs renew it after every document.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(15);

    public async Task<Result<FeedSyncSummary>> RunAsync(
        string feed, Func<FeedLease, CancellationToken, Task<FeedSyncSummary>> sync, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sync);
        var lease = FeedLease.For(feed, LeaseDuration);
        if (!await states.TryAcquireAsync(lease, cancellationToken))
        {
            return Error.Conflict("feed_busy", $"{feed}: another run (CLI or server) is synchronising this feed; try again later.");
        }

        try
        {
            var summary = await sync(lease, cancellationToken);
            if (summary.Error is { } error)
            {
                await states.FailAsync(lease, error.Message, CancellationToken.None);
                logger.LogWarning("Feed {Feed} failed: {Error} ({Summary})", feed, error.Message, summary);
            }
            else
            {
                await states.SucceedAsync(lease, CancellationToken.None);
                logger.LogInformation("Feed {Feed} synchronised: {Summary}", feed, summary);
            }

            return summary;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await states.FailAsync(lease, e.GetType().Name + ": " + e.Message, CancellationToken.None);
            throw;
        }
        finally
        {
            await states.ReleaseAsync(lease, CancellationToken.None);
        }
    }
}
