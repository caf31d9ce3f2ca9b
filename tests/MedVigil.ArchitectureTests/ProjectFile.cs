using System.Xml.Linq;

namespace MedVigil.ArchitectureTests;

/// <summary>What the architecture rules need from one .csproj, read as XML (no MSBuild evaluation).</summary>
internal sealed record ProjectFile(
    string Name,
    IReadOnlyList<string> Sdks,
    IReadOnlyList<string> ProjectReferences,
    IReadOnlyList<string> PackageReferences,
    IReadOnlyList<string> FrameworkReferences,
    XDocument Document)
{
    public static ProjectFile Load(string path) =>
        FromDocument(System.IO.Path.GetFileNameWithoutExtension(path), XDocument.Load(path));

    public static ProjectFile Parse(string name, string xml) => FromDocument(name, XDocument.Parse(xml));

    /// <summary>Every project directly under <c>src/</c> (<c>src/*/*.csproj</c>) of the repository.</summary>
    public static IReadOnlyList<ProjectFile> LoadSources(string root) =>
        [.. Directory.GetDirectories(System.IO.Path.Combine(root, "src"))
            .SelectMany(dir => Directory.GetFiles(dir, "*.csproj"))
            .Order(StringComparer.Ordinal)
            .Select(Load)];

    private static ProjectFile FromDocument(string name, XDocument document)
    {
        var sdks = new List<string>();
        if (document.Root?.Attribute("Sdk")?.Value is { } sdk)
        {
            sdks.AddRange(Split(sdk));
        }

        sdks.AddRange(document.Descendants().Where(e => e.Name.LocalName is "Sdk" or "Import")
            .Select(e => e.Attribute(e.Name.LocalName == "Sdk" ? "Name" : "Sdk")?.Value)
            .OfType<string>().SelectMany(Split));

        return new ProjectFile(
            name,
            sdks,
            [.. Items(document, "ProjectReference").Select(NameOfProject)],
            [.. Items(document, "PackageReference")],
            [.. Items(document, "FrameworkReference")],
            document);
    }

    /// <summary>The Include (or Update) values of every item of one type, wherever and however conditioned.</summary>
    private static IEnumerable<string> Items(XDocument document, string itemType) =>
        document.Descendants().Where(e => e.Name.LocalName == itemType)
            .Select(e => e.Attribute("Include")?.Value ?? e.Attribute("Update")?.Value)
            .OfType<string>()
            .SelectMany(Split);

    // "..\MedVigil.Domain\MedVigil.Domain.csproj" and "../MedVigil.Domain/MedVigil.Domain.csproj" both name MedVigil.Domain.
    private static string NameOfProject(string include) =>
        System.IO.Path.GetFileNameWithoutExtension(include.Replace('\\', '/'));

    private static IEnumerable<string> Split(string value) =>
        value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
