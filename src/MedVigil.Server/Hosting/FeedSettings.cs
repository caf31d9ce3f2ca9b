using System.Globalization;
using MedVigil.Application.Feeds;

namespace MedVigil.Server.Hosting;

/// <summary>One feed the server synchronises on its own: <c>Feeds:{Feed}:Enabled</c>, <c>Interval</c>, <c>Url</c>.</summary>
/// <param name="ApiKeyVariable">NVD only: the environment variable holding the API key (<c>Feeds:nvd:ApiKeyEnv</c>).</param>
/// <param name="Start">NVD only: where a first run starts its windows (<c>Feeds:nvd:Start</c>); all of NVD when absent.</param>
public sealed record FeedSchedule(string Feed, bool Enabled, TimeSpan Interval, Uri? Url, string? ApiKeyVariable = null, DateTimeOffset? Start = null);

/// <summary>
/// Reads the <c>Feeds</c> configuration section (ADR 0014): per feed <c>Enabled</c> (default false), <c>Interval</c>
/// (c format, e.g. <c>06:00:00</c> or <c>1.00:00:00</c>), <c>Url</c>; <c>Feeds:PollInterval</c>, how often the
/// scheduler looks for due feeds; <c>Feeds:Http:*</c>, the download options. A bad value stops the host at start
/// with the key that is wrong.
/// </summary>
public static class FeedSettings
{
    public const string Section = "Feeds";

    /// <summary>The feeds this host knows how to run, with their default interval.</summary>
    public static IReadOnlyDictionary<string, TimeSpan> DefaultIntervals { get; } = new Dictionary<string, TimeSpan>(StringComparer.Ordinal)
    {
        [SyncNvd.Feed] = TimeSpan.FromHours(2),
        [SyncKev.Feed] = TimeSpan.FromHours(6),
        [SyncEpss.Feed] = TimeSpan.FromHours(24),
    };

    public static IReadOnlyList<FeedSchedule> Schedules(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return [.. DefaultIntervals.Select(pair =>
        {
            var section = configuration.GetSection($"{Section}:{pair.Key}");
            return new FeedSchedule(pair.Key,
                Read(section, "Enabled", false, bool.TryParse),
                Read(section, "Interval", pair.Value, TryParseSpan),
                Read<Uri?>(section, "Url", null, TryParseUrl),
                section["ApiKeyEnv"],
                Read<DateTimeOffset?>(section, "Start", null, TryParseDate));
        })];
    }

    public static TimeSpan PollInterval(IConfiguration configuration) =>
        Read(configuration.GetSection(Section), "PollInterval", TimeSpan.FromMinutes(1), TryParseSpan);

    public static FeedHttpOptions HttpOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var http = configuration.GetSection($"{Section}:Http");
        var defaults = new FeedHttpOptions();
        return defaults with
        {
            MaxRetries = Read(http, "MaxRetries", defaults.MaxRetries, TryParseInt),
            BaseDelay = Read(http, "BaseDelay", defaults.BaseDelay, TryParseSpan),
            MaxDelay = Read(http, "MaxDelay", defaults.MaxDelay, TryParseSpan),
            MaxRetryAfter = Read(http, "MaxRetryAfter", defaults.MaxRetryAfter, TryParseSpan),
            AttemptTimeout = Read(http, "AttemptTimeout", defaults.AttemptTimeout, TryParseSpan),
            TotalTimeout = Read(http, "TotalTimeout", defaults.TotalTimeout, TryParseSpan),
        };
    }

    private delegate bool Parser<T>(string text, out T value);

    private static T Read<T>(IConfigurationSection section, string key, T fallback, Parser<T> parse)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return parse(text.Trim(), out var value)
            ? value
            : throw new InvalidOperationException($"Configuration {section.Path}:{key}: '{text}' is not a valid {typeof(T).Name.TrimEnd('`', '1')} value.");
    }

    private static bool TryParseSpan(string text, out TimeSpan value) =>
        TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value) && value > TimeSpan.Zero;

    private static bool TryParseInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool TryParseUrl(string text, out Uri? value)
    {
        var ok = Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https";
        value = ok ? url : null;
        return ok;
    }

    private static bool TryParseDate(string text, out DateTimeOffset? value)
    {
        var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date);
        value = ok ? date : null;
        return ok;
    }
}
