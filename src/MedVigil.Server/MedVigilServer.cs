using MedVigil.Application;
using MedVigil.Domain.Access;
using MedVigil.Persistence;
using MedVigil.Persistence.Access;
using MedVigil.Server.Api;
using MedVigil.Server.Hosting;
using MedVigil.Server.Security;
using MedVigil.Server.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;

namespace MedVigil.Server;

/// <summary>The one ASP.NET Core host: API, pages, health. The command line builds and runs it.</summary>
public static class MedVigilServer
{
    public static WebApplication Build(IDatabaseProvider database, ServerSettings settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(MedVigilServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls([.. settings.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Configuration.AddInMemoryCollection(settings.Configuration);
        ConfigureLogging(builder.Logging, settings);

        var services = builder.Services;
        services.AddMedVigilDatabase(database);
        services.AddSingleton(FeedSettings.HttpOptions(builder.Configuration));
        services.AddMedVigilApplication();
        services.AddHostedService(sp => new FeedScheduler(sp.GetRequiredService<IServiceScopeFactory>(), FeedSettings.Schedules(builder.Configuration),
            FeedSettings.PollInterval(builder.Configuration), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<FeedScheduler>>()));
        services.AddHostedService(sp => new RiskAcceptanceExpiry(sp.GetRequiredService<IServiceScopeFactory>(), TimeSpan.FromHours(1),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<RiskAcceptanceExpiry>>()));
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.MaxDepth = 32);
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestHandler>();
        services.AddOpenApi();
        services.AddAntiforgery();
        // Keys in the database: any host behind a load balancer can read a cookie another host issued.
        services.AddDataProtection().SetApplicationName("MedVigil").PersistKeysToDbContext<MedVigilDbContext>();
        services.AddMedVigilRateLimits(settings.CredentialRequestsPerMinute);
        services.AddHealthChecks().AddDbContextCheck<MedVigilDbContext>("database", tags: ["ready"]);
        AddAuth(services);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<TenantScopeMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();
        MapEndpoints(app);
        return app;
    }

    private static void MapEndpoints(WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapApiReference();
        app.MapHomePage();
        app.MapFindingsPage();
        app.MapAccountPages();

        var api = app.MapGroup("/api").RequireAuthorization(Policies.Read);
        api.MapDevices();
        api.MapInventory();
        api.MapManufacturerAliases();
        api.MapAccess();
        api.MapAudit();
        api.MapFindings();
        api.MapRiskAcceptances();
        api.MapMitigations();
    }

    private static void AddAuth(IServiceCollection services)
    {
        services.AddMedVigilIdentity()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<TenantClaimsPrincipalFactory>();

        const string selector = "MedVigil";
        services.AddAuthentication(auth =>
            {
                auth.DefaultScheme = selector;
                auth.DefaultChallengeScheme = selector;
            })
            .AddPolicyScheme(selector, "API key or sign-in cookie", policy => policy.ForwardDefaultSelector = context =>
                ApiKeyAuthenticationHandler.ReadToken(context.Request) is not null
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/login";
            cookie.Cookie.Name = "medvigil";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            // API callers get status codes, not a redirect to a login page.
            cookie.Events.OnRedirectToLogin = context => ApiStatusOrRedirect(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiStatusOrRedirect(context, StatusCodes.Status403Forbidden);
        });

        var writers = Enum.GetValues<Role>().Where(r => r.CanWrite()).Select(r => r.ToString()).ToArray();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Read, p => p.RequireAuthenticatedUser().RequireClaim(MedVigilClaims.Tenant))
            .AddPolicy(Policies.Write, p => p.RequireAuthenticatedUser().RequireClaim(MedVigilClaims.Tenant).RequireRole(writers))
            .AddPolicy(Policies.Admin, p => p.RequireAuthenticatedUser().RequireClaim(MedVigilClaims.Tenant).RequireRole(nameof(Role.Admin)));
    }

    private static Task ApiStatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    private static void ConfigureLogging(ILoggingBuilder logging, ServerSettings settings)
    {
        logging.ClearProviders();
        if (settings.JsonLogs)
        {
            logging.AddJsonConsole(json => json.IncludeScopes = true);
        }
        else
        {
            logging.AddSimpleConsole(console => console.SingleLine = true);
        }

        logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // Keys are kept in the database unencrypted at rest, like the rest of its data; the warning would greet every start.
        logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        // Every feed request at Information is noise; failures still come through the feed scheduler's own lines.
        logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        logging.AddFilter("Polly", LogLevel.Warning);
    }
}
