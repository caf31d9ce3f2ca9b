namespace MedVigil.Application.Demo;

/// <summary>The kinds of demo document, in the order the demo imports them: SBOMs first, then what matches them.</summary>
public enum DemoDocumentKind
{
    CycloneDx,
    Spdx,
    Osv,
    Nvd,
    Csaf,
    OpenVex,
}

/// <summary>One demo document: its kind (the folder it sits in), its file name and its bytes.</summary>
public sealed record DemoDocument(DemoDocumentKind Kind, string Name, byte[] Content)
{
    /// <summary>How messages and the audit chain name it.</summary>
    public string Source => $"medvigil demo: {Kind.ToString().ToLowerInvariant()}/{Name}";
}

/// <summary>
/// The SBOMs and advisories <c>medvigil demo</c> imports, embedded from <c>Demo/Documents/KIND/</c>. They were written
/// for the demo in the real formats, modelled on the shape of published ones and copied from none. The SBOMs describe
/// Example Medical's fictional products built from real open-source packages; the OSV and NVD records state real
/// vulnerabilities of those packages with their real fixed versions (and revision dates older than the feeds', so a
/// real sync supersedes them); the CSAF advisory and the OpenVEX are as fictional as the products they name.
/// </summary>
public static class DemoDocuments
{
    private const string Prefix = "demo/";

    public static IReadOnlyList<DemoDocument> All { get; } = Load();

    private static List<DemoDocument> Load()
    {
        var assembly = typeof(DemoDocuments).Assembly;
        var documents = new List<DemoDocument>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var parts = name[Prefix.Length..].Split('/', '\\');
            if (parts.Length != 2 || !Enum.TryParse<DemoDocumentKind>(parts[0], ignoreCase: true, out var kind))
            {
                throw new InvalidOperationException($"Demo document '{name}' is not in a folder named for its kind.");
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            documents.Add(new DemoDocument(kind, parts[1], buffer.ToArray()));
        }

        return [.. documents.OrderBy(d => d.Kind).ThenBy(d => d.Name, StringComparer.Ordinal)];
    }
}
