namespace MedVigil.Formats.Csaf;

/// <summary>JSON pointers (RFC 6901) built while walking a document.</summary>
internal static class CsafPointer
{
    public static string Property(string parent, string name) =>
        parent + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Index(string parent, int index) =>
        parent + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
