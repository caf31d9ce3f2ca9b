using System.Globalization;
using MedVigil.Application.Findings;
using static MedVigil.Server.Web.Html;

namespace MedVigil.Server.Web;

/// <summary>
/// The open findings of the signed-in person's tenant, per device, each with its status, analysis and the
/// explanation of why it applies; <c>?device=ASSET_ID</c> narrows to one device (the device's findings).
/// </summary>
public static class FindingsPage
{
    /// <summary>Rows shown at most: a page, not an export (the API and <c>medvigil findings</c> give all of them).</summary>
    public const int MaxRows = 1000;

    public static IEndpointRouteBuilder MapFindingsPage(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/findings", async (HttpContext context, ListFindings findings, CancellationToken ct, string? device = null) =>
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                return Results.Redirect("/login");
            }

            var listed = await findings.ExecuteAsync(new ListFindingsQuery(AssetId: string.IsNullOrWhiteSpace(device) ? null : device.Trim()), ct);
            if (!listed.TryGetValue(out var rows))
            {
                return Page("Findings", $"<h2>Findings</h2><p class=\"error\">{E(listed.Error!.Message)}</p><p><a href=\"/findings\">All findings</a></p>", 404);
            }

            var title = device is null ? "Findings" : $"Findings of {device}";
            var counts = string.Join(" · ", rows.GroupBy(r => r.Status).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {E(g.Key)}")));
            var shown = rows.Count > MaxRows
                ? string.Create(CultureInfo.InvariantCulture, $"<p>The first {MaxRows} of {rows.Count} are shown; <code>GET /api/findings</code> lists all.</p>")
                : "";
            var body = rows.Count == 0
                ? "<p>No open findings. Run an analysis (<code>medvigil analyze</code> or <code>POST /api/analysis</code>) after importing SBOMs and advisories.</p>"
                : $"""
                  <p id="finding-count">{rows.Count} open findings: {counts}</p>{shown}
                  <table><thead><tr><th>Device</th><th>Vulnerability</th><th>Component</th><th>Status</th><th>Analysis</th><th>Source</th><th>Why</th></tr></thead>
                  <tbody>{string.Concat(rows.Take(MaxRows).Select(Row))}</tbody></table>
                  """;
            return Page(title, $"<h2>{E(title)}</h2>{(device is null ? "" : "<p><a href=\"/findings\">All findings</a></p>")}{body}");
        }).ExcludeFromDescription();
        return routes;
    }

    private static string Row(FindingRow row)
    {
        var analysis = row.Justification is null ? E(row.AnalysisState) : $"{E(row.AnalysisState)}<br><small>{E(row.Justification)}</small>";
        var detail = row.AnalysisDetail is null ? "" : $"<br><small>{E(row.AnalysisDetail)}</small>";
        return $"""
            <tr class="finding {E(row.Status)}"><td><a href="/findings?device={Uri.EscapeDataString(row.AssetId ?? "")}">{E(row.AssetId)}</a><br><small>{E(row.Manufacturer)} {E(row.Model)} {E(row.Version)}</small></td>
            <td>{E(row.VulnerabilityId)}</td><td><small>{E(row.Component)}</small></td><td>{E(row.Status)}</td><td>{analysis}{detail}</td>
            <td>{E(row.Source)}<br><small>{E(row.AdvisoryId)}</small></td><td><small>{E(row.Reason)}</small></td></tr>
            """;
    }
}
