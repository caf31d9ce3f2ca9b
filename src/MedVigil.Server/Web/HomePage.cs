using MedVigil.Application.Overview;
using Microsoft.AspNetCore.Antiforgery;
using static MedVigil.Server.Web.Html;

namespace MedVigil.Server.Web;

public static class HomePage
{
    public static IEndpointRouteBuilder MapHomePage(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", async (HttpContext context, GetOverview overview, IAntiforgery antiforgery, CancellationToken ct) =>
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                return Results.Redirect("/login");
            }

            var o = await overview.ExecuteAsync(ct);
            var token = antiforgery.GetAndStoreTokens(context);
            var rows = string.Concat(o.ByCareUnit.Select(c => $"<tr><td>{E(c.CareUnit)}</td><td>{c.Devices}</td></tr>"));
            return Page(o.TenantName, $"""
                <p>Signed in as <strong>{E(context.User.Identity.Name)}</strong> ·
                <form class="inline" method="post" action="/logout"><input type="hidden" name="{E(token.FormFieldName)}" value="{E(token.RequestToken)}"><button>Sign out</button></form></p>
                <h2>{E(o.TenantName)}</h2>
                <p><span class="big" id="device-count">{o.Devices}</span> devices in the inventory</p>
                <table><thead><tr><th>Care unit</th><th>Devices</th></tr></thead><tbody>{rows}</tbody></table>
                """);
        }).ExcludeFromDescription();
        return routes;
    }
}
