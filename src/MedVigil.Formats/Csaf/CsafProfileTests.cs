using System.Text.Json;

namespace MedVigil.Formats.Csaf;

/// <summary>Mandatory tests 6.1.27.1–6.1.27.8 and 6.1.27.11: what each profile (document category) requires.</summary>
internal static class CsafProfileTests
{
    private const string Advisory = "csaf_security_advisory";
    private const string Informational = "csaf_informational_advisory";
    private const string Incident = "csaf_security_incident_response";
    private const string Vex = CsafDocument.VexCategory;

    private static readonly string[] NoteCategories = ["description", "details", "general", "summary"];
    private static readonly string[] VexStatuses = ["fixed", "known_affected", "known_not_affected", "under_investigation"];

    public static CsafMandatoryTest DocumentNotes { get; } = new("6.1.27.1", root =>
        For(root, Informational, Incident) && !CsafSelect.Texts(root, "/document/notes/*/category").Any(c => NoteCategories.Contains(c.Text))
            ? [("/document/notes", "This profile needs a document note of category description, details, general or summary.")]
            : []);

    public static CsafMandatoryTest DocumentReferences { get; } = new("6.1.27.2", root =>
        For(root, Informational, Incident) && !CsafSelect.Texts(root, "/document/references/*/category").Any(c => c.Text == "external")
            ? [("/document/references", "This profile needs a document reference of category external.")]
            : []);

    public static CsafMandatoryTest NoVulnerabilities { get; } = new("6.1.27.3", root =>
        For(root, Informational) && Has(root, "vulnerabilities")
            ? [("/vulnerabilities", "An informational advisory must not have vulnerabilities.")]
            : []);

    public static CsafMandatoryTest ProductTree { get; } = new("6.1.27.4", root =>
        For(root, Advisory, Vex) && !Has(root, "product_tree")
            ? [("/product_tree", "This profile needs a product tree.")]
            : []);

    public static CsafMandatoryTest VulnerabilityNotes { get; } = new("6.1.27.5", root =>
        Each(root, [Advisory, Vex], v => v.Member("notes") is null, "notes", "This profile needs notes on every vulnerability."));

    public static CsafMandatoryTest ProductStatus { get; } = new("6.1.27.6", root =>
        Each(root, [Advisory, Vex], v => v.Member("product_status") is null, "product_status", "This profile needs a product status on every vulnerability."));

    public static CsafMandatoryTest VexProductStatus { get; } = new("6.1.27.7", root =>
        Each(root, [Vex], v => !VexStatuses.Any(s => v.Member("product_status")?.Member(s) is not null), "product_status",
            "A VEX vulnerability needs at least one of fixed, known_affected, known_not_affected, under_investigation."));

    public static CsafMandatoryTest VulnerabilityId { get; } = new("6.1.27.8", root =>
        Each(root, [Vex], v => v.Member("cve") is null && v.Member("ids") is null, "cve", "A VEX vulnerability needs a cve or ids."));

    public static CsafMandatoryTest Vulnerabilities { get; } = new("6.1.27.11", root =>
        For(root, Advisory, Vex) && !Has(root, "vulnerabilities")
            ? [("/vulnerabilities", "This profile needs vulnerabilities.")]
            : []);

    internal static bool For(JsonElement root, params string[] categories) =>
        CsafDocumentTests.Text(root, "/document/category") is { } category && categories.Contains(category, StringComparer.Ordinal);

    private static bool Has(JsonElement root, string member) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(member, out _);

    private static IEnumerable<(string, string)> Each(JsonElement root, string[] categories, Func<CsafNode, bool> lacks, string member, string message) =>
        For(root, categories)
            ? CsafSelect.All(root, "/vulnerabilities/*").Where(lacks).Select(v => (CsafPointer.Property(v.Pointer, member), message))
            : [];
}
