using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using static MedVigil.Server.Web.Html;

namespace MedVigil.Server.Web;

/// <summary>
/// A server-rendered API reference built from the same endpoint metadata as the OpenAPI document: it works
/// offline (no script, no CDN), which matters on a hospital network.
/// </summary>
public static class ApiReferencePage
{
    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api-reference", (EndpointDataSource endpoints) =>
        {
            var rows = endpoints.Endpoints.OfType<RouteEndpoint>()
                .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
                .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Endpoint: e)))
                .OrderBy(r => r.Endpoint.RoutePattern.RawText, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
                .Select(r => $"<tr><td><code>{E(r.Method)}</code></td><td><code>{E(r.Endpoint.RoutePattern.RawText)}</code></td>"
                    + $"<td>{E(r.Endpoint.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary)}</td>"
                    + $"<td>{E(string.Join(", ", r.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct()))}</td></tr>");
            return Page("API reference", $"""
                <h2>API reference</h2>
                <p>Every call needs an API key (<code>Authorization: Bearer mvk_…</code> or <code>X-Api-Key</code>) or a signed-in session.
                Errors are RFC 9457 problem details. The machine-readable contract is <a href="/openapi/v1.json">/openapi/v1.json</a>.</p>
                <table><thead><tr><th>Method</th><th>Path</th><th>What it does</th><th>Policy</th></tr></thead><tbody>{string.Concat(rows)}</tbody></table>
                """);
        }).ExcludeFromDescription().AllowAnonymous();
        return routes;
    }
}
