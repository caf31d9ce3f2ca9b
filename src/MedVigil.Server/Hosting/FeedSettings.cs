using System.Globalization;
using MedVigil.Application.Feeds;

namespace MedVigil.Server.Hosting;

/// <summary>One feed the server synchronises on its own: <c>Feeds:{Feed}:Enabled</c>, <c>Interval</c>, <c>Url</c>.</summary>
/// <param name="ApiKeyVariable">NVD only: the environment variable holding the API key (<c>Feeds:nvd:ApiKeyEnv</c>).</param>
/// <param name="Start">NVD only: where a first run starts its windows (<c>Feeds:nvd:Start</c>); all of NVD when absent.</param>
/// <param name="Targets">CSAF: the <c>provider-metadata.json</c> (or, with <c>Feeds:csaf:Aggregator</c>, <c>aggregator.json</c>)
/// URLs of <c>Feeds:csaf:Providers</c>; OSV: the ecosystems of <c>Feeds:osv:Ecosystems</c> (a list, or comma-separated).</param>
public sealed record FeedSchedule(
    string Feed, bool Enabled, TimeSpan Interval, Uri? Url, string? ApiKeyVariable = null, DateTimeOffset? Start = null,
    IReadOnlyList<string>? Targets = null, bool Aggregator = false);

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
        [CsafFeed] = TimeSpan.FromHours(6),
        [OsvFeed] = TimeSpan.FromHours(24),
    };

    /// <summary>The schedule names of the feeds that fan out to one watermark per provider or ecosystem.</summary>
    public const string CsafFeed = "csaf", OsvFeed = "osv";

    public static IReadOnlyList<FeedSchedule> Schedules(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        IReadOnlyList<FeedSchedule> schedules = [.. DefaultIntervals.Select(pair =>
        {
            var section = configuration.GetSection($"{Section}:{pair.Key}");
            return new FeedSchedule(pair.Key,
                Read(section, "Enabled", false, bool.TryParse),
                Read(section, "Interval", pair.Value, TryParseSpan),
                Read<Uri?>(section, "Url", null, TryParseUrl),
                section["ApiKeyEnv"],
                Read<DateTimeOffset?>(section, "Start", null, TryParseDate),
                Targets(section, pair.Key),
                Read(section, "Aggregator", false, bool.TryParse));
        })];
        var empty = schedules.FirstOrDefault(s => s.Enabled && s.Feed is CsafFeed or OsvFeed && s.Targets is not { Count: > 0 });
        return empty is null ? schedules : throw new InvalidOperationException(
            $"Configuration {Section}:{empty.Feed}: enabled without {(empty.Feed == CsafFeed ? "Providers (provider-metadata.json URLs)" : "Ecosystems")}.");
    }

    // A configuration list (Providers:0, Providers:1…) or one comma-separated value; provider URLs must be http(s).
    private static IReadOnlyList<string>? Targets(IConfigurationSection section, string feed)
    {
        if (feed is not (CsafFeed or OsvFeed))
        {
            return null;
        }

        var key = feed == CsafFeed ? "Providers" : "Ecosystems";
        var list = section.GetSection(key);
        var values = (list.Value is { } one ? one.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [])
            .Concat(list.GetChildren().Select(c => c.Value?.Trim()).OfType<string>().Where(v => v.Length > 0))
            .ToList();
        var bad = feed == CsafFeed ? values.FirstOrDefault(v => !TryParseUrl(v, out _)) : null;
        return bad is null ? values : throw new InvalidOperationException($"Configuration {list.Path}: '{bad}' is not an absolute http(s) URL.");
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
