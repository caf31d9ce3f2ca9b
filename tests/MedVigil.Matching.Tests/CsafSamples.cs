using System.Text.Json;

namespace MedVigil.Matching.Tests;

/// <summary>Minimal hand-written CSAF 2.0 advisories: one vendor, one product, one version branch, one CVE.</summary>
internal static class CsafSamples
{
    public static string Advisory(string product, string versions, string status, string[]? modelNumbers = null, string? remediation = null, string? flag = null,
        string vendor = "Becton, Dickinson and Company (BD)")
    {
        var helper = modelNumbers is null ? "" : $", \"product_identification_helper\": {{\"model_numbers\": {JsonSerializer.Serialize(modelNumbers)}}}";
        var category = versions.StartsWith("vers:", StringComparison.Ordinal) && !versions.Contains('<', StringComparison.Ordinal) ? "product_version" : "product_version_range";
        var remediations = remediation is null ? "" : $", \"remediations\": [{{\"category\": \"vendor_fix\", \"details\": {JsonSerializer.Serialize(remediation)}, \"product_ids\": [\"P1\"]}}]";
        var flags = flag is null ? "" : $", \"flags\": [{{\"label\": \"{flag}\", \"product_ids\": [\"P1\"]}}]";
        var leaf = "{\"name\": \"p\", \"product_id\": \"P1\"" + helper + "}";
        return $$$"""
            {"document": {"category": "csaf_security_advisory", "csaf_version": "2.0", "title": "Test advisory",
              "publisher": {"category": "vendor", "name": "BD", "namespace": "https://bd.example"},
              "tracking": {"id": "TEST-1", "status": "final", "version": "1", "initial_release_date": "2024-01-01T00:00:00Z", "current_release_date": "2024-01-01T00:00:00Z",
                "revision_history": [{"number": "1", "date": "2024-01-01T00:00:00Z", "summary": "Initial"}]}},
             "product_tree": {"branches": [{"category": "vendor", "name": {{{JsonSerializer.Serialize(vendor)}}}, "branches": [
               {"category": "product_name", "name": {{{JsonSerializer.Serialize(product)}}}, "branches": [
                 {"category": "{{{category}}}", "name": {{{JsonSerializer.Serialize(versions)}}}, "product": {{{leaf}}} }]}]}]},
             "vulnerabilities": [{"cve": "CVE-2024-1111", "product_status": {"{{{status}}}": ["P1"]}{{{remediations}}}{{{flags}}}}]}
            """;
    }
}
