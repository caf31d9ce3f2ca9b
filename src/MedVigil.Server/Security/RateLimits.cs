using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace MedVigil.Server.Security;

/// <summary>Limits on the endpoints that guess-a-password or mint-a-key attacks go for.</summary>
public static class RateLimits
{
    public const string Credentials = "credentials";

    public static IServiceCollection AddMedVigilRateLimits(this IServiceCollection services, int credentialRequestsPerMinute) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Per client address: 20 attempts a minute (the default) is plenty for a person and slows a guesser a lot.
            options.AddPolicy(Credentials, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = credentialRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
}
