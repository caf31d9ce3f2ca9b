using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MedVigil.Domain.Access;
using MedVigil.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Server.Tests;

/// <summary>
/// Walks every mapped API endpoint, so an endpoint added tomorrow is covered without anyone writing a test:
/// no credentials → 401; another tenant's resource → 404; read-only roles writing → 403; lists never leak.
/// </summary>
public sealed class EndpointSecurityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record ApiCall(string Method, RoutePattern Pattern, string ContentType)
    {
        public bool IsWrite => Method is not ("GET" or "HEAD");

        public bool NamesAResource => Pattern.Parameters.Count > 0;

        public string Url(IReadOnlyDictionary<string, string> values)
        {
            var url = Pattern.RawText!;
            foreach (var parameter in Pattern.Parameters)
            {
                if (!values.TryGetValue(parameter.Name, out var value))
                {
                    throw new InvalidOperationException(
                        $"{Method} {Pattern.RawText}: register a tenant-B resource for route parameter '{parameter.Name}' in {nameof(TwoTenantServer)}.");
                }

                url = Regex.Replace(url, "\\{" + parameter.Name + "(:[^}]*)?\\}", value);
            }

            return url;
        }

        public HttpRequestMessage Request(string url) => new(new HttpMethod(Method), url)
        {
            Content = IsWrite ? new StringContent("{}", Encoding.UTF8, ContentType) : null,
        };

        public override string ToString() => $"{Method} {Pattern.RawText}";
    }

    private static List<ApiCall> ApiCalls(RunningServer server) =>
        [.. server.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => new ApiCall(
                m, e.RoutePattern, e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.FirstOrDefault() ?? "application/json")))];

    [Theory, ClassData(typeof(BothProviders))]
    public async Task EveryApiEndpointRefusesCallersWithoutAValidKey(DatabaseKind kind)
    {
        await using var fixture = await TwoTenantServer.StartAsync(kind);
        var calls = ApiCalls(fixture.Server);
        var anonymous = fixture.Server.Client();
        var forged = fixture.Server.Client("mvk_" + fixture.A.TenantId.ToString("N") + "0123456789abcdef_forged-secret");

        calls.Count.ShouldBeGreaterThanOrEqualTo(10);
        foreach (var call in calls)
        {
            var url = call.Url(fixture.ResourcesOfB);
            (await anonymous.SendAsync(call.Request(url), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, call.ToString());
            (await forged.SendAsync(call.Request(url), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, call.ToString());
        }
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AnotherTenantsResourcesAreNotFoundThroughAnyEndpoint(DatabaseKind kind)
    {
        await using var fixture = await TwoTenantServer.StartAsync(kind);
        var admin = fixture.As(Role.Admin);

        var checkedCalls = 0;
        foreach (var call in ApiCalls(fixture.Server).Where(c => c.NamesAResource))
        {
            var response = await admin.SendAsync(call.Request(call.Url(fixture.ResourcesOfB)), Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, call.ToString());
            var body = await response.Content.ReadAsStringAsync(Ct);
            fixture.SecretsOfB.ShouldAllBe(secret => !body.Contains(secret), call.ToString());
            checkedCalls++;
        }

        checkedCalls.ShouldBeGreaterThanOrEqualTo(4);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ReadOnlyRolesAreForbiddenToWriteAnywhere(DatabaseKind kind)
    {
        await using var fixture = await TwoTenantServer.StartAsync(kind);
        var writes = ApiCalls(fixture.Server).Where(c => c.IsWrite).ToList();

        writes.Count.ShouldBeGreaterThanOrEqualTo(5);
        foreach (var role in new[] { Role.Auditor, Role.Viewer })
        {
            var client = fixture.As(role);
            foreach (var call in writes)
            {
                (await client.SendAsync(call.Request(call.Url(fixture.ResourcesOfB)), Ct)).StatusCode
                    .ShouldBe(HttpStatusCode.Forbidden, $"{role}: {call}");
            }
        }
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ListsAndReportsShowNothingOfAnotherTenant(DatabaseKind kind)
    {
        await using var fixture = await TwoTenantServer.StartAsync(kind);
        var admin = fixture.As(Role.Admin);

        foreach (var call in ApiCalls(fixture.Server).Where(c => !c.IsWrite && !c.NamesAResource))
        {
            var response = await admin.SendAsync(call.Request(call.Url(fixture.ResourcesOfB)), Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, call.ToString());
            var body = await response.Content.ReadAsStringAsync(Ct);
            fixture.SecretsOfB.ShouldAllBe(secret => !body.Contains(secret), call.ToString());
        }

        (await (await admin.GetAsync("/api/devices", Ct)).Content.ReadAsStringAsync(Ct)).ShouldContain("A-PUMP-1");
    }

    [Fact]
    public async Task ReadOnlyRolesCanStillRead()
    {
        await using var fixture = await TwoTenantServer.StartAsync(DatabaseKind.Sqlite);

        foreach (var role in new[] { Role.Auditor, Role.Viewer })
        {
            (await fixture.As(role).GetAsync("/api/devices", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await fixture.As(role).GetAsync("/api/audit/verify", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }
}
