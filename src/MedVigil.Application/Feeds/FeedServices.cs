using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace MedVigil.Application.Feeds;

/// <summary>
/// The feed clients (ADR 0014). Handlers, outermost first: total timeout → retry (exponential backoff with jitter on
/// 429, 5xx, 408, timeouts and truncated bodies; <c>Retry-After</c> honoured) → timeout per attempt → [NVD: rate
/// limiter, so every attempt takes a permit] → <see cref="BufferedBodyHandler"/> (the whole body under its limits,
/// inside the retry). Hosts may register their own <see cref="FeedHttpOptions"/> first.
/// </summary>
public static class FeedServices
{
    public static IServiceCollection AddMedVigilFeeds(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new FeedHttpOptions());
        services.TryAddSingleton(sp => new NvdRateLimiter(sp.GetRequiredService<FeedHttpOptions>()));
        if (services.Any(d => d.ServiceType == typeof(FeedHttpClient)))
        {
            return services;
        }

        AddClient(services, FeedHttpClient.DefaultClientName, rateLimited: false);
        AddClient(services, FeedHttpClient.NvdClientName, rateLimited: true);
        services.AddScoped<FeedHttpClient>();
        services.AddScoped<FeedStates>();
        services.AddScoped<FeedRunner>();
        services.AddScoped<SyncKev>();
        services.AddScoped<SyncEpss>();
        services.AddScoped<SyncNvd>();
        return services;
    }

    private static void AddClient(IServiceCollection services, string name, bool rateLimited)
    {
        var client = services.AddHttpClient(name, (sp, http) =>
            {
                http.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's total timeout rules
                http.DefaultRequestHeaders.UserAgent.ParseAdd(sp.GetRequiredService<FeedHttpOptions>().UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.None, // unpacked under limits by BufferedBodyHandler
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        client.AddResilienceHandler("feed", (builder, context) => Configure(builder,
            context.ServiceProvider.GetRequiredService<FeedHttpOptions>(), context.ServiceProvider.GetRequiredService<TimeProvider>()));
        if (rateLimited)
        {
            client.AddHttpMessageHandler(sp => new RateLimitHandler(sp.GetRequiredService<NvdRateLimiter>()));
        }

        client.AddHttpMessageHandler(sp => new BufferedBodyHandler(sp.GetRequiredService<FeedHttpOptions>()));
    }

    private static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, FeedHttpOptions options, TimeProvider time)
    {
        builder.TimeProvider = time;
        builder
            .AddTimeout(new HttpTimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout })
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldRetryAfterHeader = false, // RetryAfter below also reads the date form and caps the wait
                DelayGenerator = args => ValueTask.FromResult(RetryAfter.DelayOf(args.Outcome.Result, time.GetUtcNow(), options.MaxRetryAfter)),
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt", Timeout = options.AttemptTimeout });
    }
}
