using System.Text.Json;

namespace MedVigil.Formats.Csaf;

/// <summary>Mandatory tests on <c>/document</c>: 6.1.15 (translator), 6.1.26 (prohibited category name), 6.1.28 (translation).</summary>
internal static class CsafDocumentTests
{
    private static readonly HashSet<string> Profiles = new(StringComparer.Ordinal)
    {
        "csaf_base", "csaf_security_incident_response", "csaf_informational_advisory", "csaf_security_advisory", "csaf_vex",
    };

    // The names (without csaf_) and titles of the profiles other than CSAF Base, with dashes, underscores and
    // whitespace removed, lower case.
    private static readonly HashSet<string> ProhibitedNames = new(StringComparer.Ordinal)
    {
        "securityincidentresponse", "csafsecurityincidentresponse", "informationaladvisory", "csafinformationaladvisory",
        "securityadvisory", "csafsecurityadvisory", "vex", "csafvex",
    };

    public static CsafMandatoryTest Translator { get; } = new("6.1.15", root =>
        Text(root, "/document/publisher/category") == "translator" && Text(root, "/document/source_lang") is null
            ? [("/document/source_lang", "A document published by a translator must give source_lang.")]
            : []);

    public static CsafMandatoryTest ProhibitedCategory { get; } = new("6.1.26", root =>
        Text(root, "/document/category") is { } category && IsProhibited(category)
            ? [("/document/category", $"The category '{category}' imitates a CSAF profile name or uses the reserved prefix csaf_.")]
            : []);

    public static CsafMandatoryTest Translation { get; } = new("6.1.28", root =>
        Text(root, "/document/lang") is { } lang && string.Equals(lang, Text(root, "/document/source_lang"), StringComparison.OrdinalIgnoreCase)
            ? [("/document/source_lang", $"The source language equals the document language '{lang}'.")]
            : []);

    private static bool IsProhibited(string category)
    {
        if (Profiles.Contains(category))
        {
            return false;
        }

        var normalised = string.Concat(category.Where(c => c is not ('-' or '_') && !char.IsWhiteSpace(c))).ToLowerInvariant();
        return category.StartsWith("csaf_", StringComparison.OrdinalIgnoreCase) || ProhibitedNames.Contains(normalised);
    }

    internal static string? Text(JsonElement root, string pointer) => CsafSelect.Texts(root, pointer).FirstOrDefault().Text;
}
