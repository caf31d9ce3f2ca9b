using MedVigil.Application.Feeds;
using MedVigil.Domain.Common;

namespace MedVigil.Server.Hosting;

/// <summary>
/// Runs each enabled feed when due (ADR 0014): due when its last attempt, as recorded in the database by any host
/// or CLI run, is older than its interval. Each run takes the feed's lease first, so several hosts and a CLI run
/// never sync one feed at once; a busy feed is skipped until the next look. Outcomes are logged without secrets.
/// </summary>
internal sealed class FeedScheduler(
    IServiceScopeFactory scopes, IReadOnlyList<FeedSchedule> schedules, TimeSpan poll, TimeProvider time, ILogger<FeedScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var enabled = schedules.Where(s => s.Enabled).ToList();
        if (enabled.Count == 0)
        {
            return;
        }

        logger.LogInformation("Feed scheduler: {Feeds}", string.Join(", ", enabled.Select(s => $"{s.Feed} every {s.Interval}")));
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                foreach (var schedule in enabled)
                {
                    await RunIfDueAsync(schedule, stoppingToken);
                }

                await Task.Delay(poll, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RunIfDueAsync(FeedSchedule schedule, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        try
        {
            var state = await services.GetRequiredService<FeedStates>().FindAsync(schedule.Feed, cancellationToken);
            if (state?.LastAttemptAt is { } last && last + schedule.Interval > time.GetUtcNow())
            {
                return;
            }

            var result = await FeedJobs.RunAsync(schedule, services, cancellationToken);
            if (!result.TryGetValue(out var summary))
            {
                logger.Log(result.Error!.Code == "feed_busy" ? LogLevel.Information : LogLevel.Warning,
                    "Feed {Feed} not run: {Error}", schedule.Feed, result.Error.Message);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError("Feed {Feed} failed: {Type}: {Message}", schedule.Feed, e.GetType().Name, e.Message);
        }
    }
}

/// <summary>Which use case runs which feed: one line per feed.</summary>
internal static class FeedJobs
{
    public static Task<Result<FeedSyncSummary>> RunAsync(FeedSchedule schedule, IServiceProvider services, CancellationToken cancellationToken) => schedule.Feed switch
    {
        SyncKev.Feed => services.GetRequiredService<SyncKev>().ExecuteAsync(new SyncKevCommand(schedule.Url), cancellationToken),
        SyncEpss.Feed => services.GetRequiredService<SyncEpss>().ExecuteAsync(new SyncEpssCommand(schedule.Url), cancellationToken),
        SyncNvd.Feed => services.GetRequiredService<SyncNvd>().ExecuteAsync(new SyncNvdCommand(schedule.Url,
            schedule.ApiKeyVariable is { } variable ? Environment.GetEnvironmentVariable(variable) : null) { Start = schedule.Start }, cancellationToken),
        _ => Task.FromResult<Result<FeedSyncSummary>>(Error.Validation($"Feeds:{schedule.Feed}: no such feed.")),
    };
}
