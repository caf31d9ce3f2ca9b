namespace MedVigil.Server.Hosting;

/// <summary>How to run the server: where to listen and what to log.</summary>
public sealed record ServerSettings
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>JSON lines for log shippers; plain text for a person at a terminal.</summary>
    public bool JsonLogs { get; init; }

    public long MaxRequestBodyBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>Sign-in and key-management requests allowed per client address per minute.</summary>
    public int CredentialRequestsPerMinute { get; init; } = 20;

    /// <summary>Configuration added over appsettings and the environment (tests, the demo), e.g. <c>Feeds:kev:Enabled</c>.</summary>
    public IReadOnlyDictionary<string, string?> Configuration { get; init; } = new Dictionary<string, string?>(StringComparer.Ordinal);
}
