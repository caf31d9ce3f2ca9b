namespace MedVigil.Formats.Spdx;

/// <summary>The external reference categories of SPDX 2.2/2.3, in both spellings SPDX 2.3 accepts.</summary>
internal static class SpdxExternalRefCategories
{
    private static readonly string[] Known =
        ["SECURITY", "PACKAGE-MANAGER", "PACKAGE_MANAGER", "PERSISTENT-ID", "PERSISTENT_ID", "OTHER"];

    public static bool IsKnown(string category) => Known.Contains(category, StringComparer.Ordinal);

    public static string Unknown(string category) =>
        $"'{category}' is not an external reference category (SECURITY, PACKAGE-MANAGER, PERSISTENT-ID, OTHER)";
}
