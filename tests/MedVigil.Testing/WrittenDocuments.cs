namespace MedVigil.Testing;

/// <summary>Small documents written for the tests in the real formats (CycloneDX, OSV, OpenVEX), never copies of shared data.</summary>
public static class WrittenDocuments
{
    public static string Sbom(params string[] purls) => $$"""
        {"bomFormat":"CycloneDX","specVersion":"1.6","version":1,
         "components":[{{string.Join(',', purls.Select((p, i) => $$"""{"type":"library","bom-ref":"c{{i}}","name":"{{Name(p)}}","version":"{{p[(p.LastIndexOf('@') + 1)..]}}","purl":"{{p}}"}"""))}}]}
        """;

    /// <summary>An OSV record: <paramref name="package"/> affected from <c>introduced 0</c> up to <paramref name="fixedIn"/>.</summary>
    public static string Osv(string id, string cve, string ecosystem, string package, string fixedIn, string modified = "2024-01-01T00:00:00Z") => $$"""
        {"schema_version":"1.6.0","id":"{{id}}","modified":"{{modified}}","aliases":["{{cve}}"],
         "affected":[{"package":{"ecosystem":"{{ecosystem}}","name":"{{package}}"},
                      "ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"{{fixedIn}}"}]}]}]}
        """;

    public static string OpenVexNotAffected(string cve, string purl, string justification) => $$"""
        {"@context":"https://openvex.dev/ns/v0.2.0","@id":"https://example.org/vex/acme-{{cve}}","author":"Acme PSIRT",
         "timestamp":"2026-01-01T00:00:00Z","version":1,
         "statements":[{"vulnerability":{"name":"{{cve}}"},"products":[{"@id":"{{purl}}"}],"status":"not_affected",
                        "justification":"{{justification}}"}]}
        """;

    private static string Name(string purl) => purl[(purl.LastIndexOf('/') + 1)..purl.LastIndexOf('@')];
}
