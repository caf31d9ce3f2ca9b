using System.Text.Json;

namespace MedVigil.Formats.Csaf;

/// <summary>Mandatory tests 6.1.17–6.1.20 and 6.1.30: the document status against the version numbers.</summary>
internal static class CsafStatusTests
{
    private const string VersionPointer = "/document/tracking/version";

    public static CsafMandatoryTest DraftStatus { get; } = new("6.1.17", root =>
        Version(root) is { } v && (v.IsZero || v.HasPreRelease) && Status(root) is { } status && status != "draft"
            ? [(VersionPointer, $"Version {Text(root)} is a pre-release, so the status must be draft, not {status}.")]
            : []);

    public static CsafMandatoryTest ReleasedHistory { get; } = new("6.1.18", root =>
        Released(root)
            ? CsafRevisionItem.All(root).Where(i => i.Version?.IsZero == true)
                .Select(i => (i.NumberPointer, $"A {Status(root)} document has revision {i.Number} (version 0)."))
            : []);

    public static CsafMandatoryTest PreReleaseHistory { get; } = new("6.1.19", root =>
        CsafRevisionItem.All(root).Where(i => i.Version?.HasPreRelease == true)
            .Select(i => (i.NumberPointer, $"The revision {i.Number} has a pre-release part.")));

    public static CsafMandatoryTest NonDraftVersion { get; } = new("6.1.20", root =>
        Released(root) && Version(root)?.HasPreRelease == true
            ? [(VersionPointer, $"A {Status(root)} document has the pre-release version {Text(root)}.")]
            : []);

    public static CsafMandatoryTest MixedVersioning { get; } = new("6.1.30", Mixed);

    private static IEnumerable<(string, string)> Mixed(JsonElement root)
    {
        var integer = Version(root)?.IsInteger;
        if (integer is null)
        {
            yield break;
        }

        foreach (var item in CsafRevisionItem.All(root).Where(i => i.Version is not null && i.Version.IsInteger != integer))
        {
            yield return (item.NumberPointer, $"The revision {item.Number} does not use the versioning scheme of the document version {Text(root)}.");
        }
    }

    private static string? Text(JsonElement root) => CsafSelect.Texts(root, VersionPointer).FirstOrDefault().Text;

    private static CsafVersionNumber? Version(JsonElement root) => CsafVersionNumber.Parse(Text(root));

    private static string? Status(JsonElement root) => CsafSelect.Texts(root, "/document/tracking/status").FirstOrDefault().Text;

    private static bool Released(JsonElement root) => Status(root) is "final" or "interim";
}
