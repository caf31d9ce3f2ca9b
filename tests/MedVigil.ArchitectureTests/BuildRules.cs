using System.Xml.Linq;

namespace MedVigil.ArchitectureTests;

/// <summary>The banned-API wiring of ADR 0001: what the banned-symbol files say and which projects get them.</summary>
internal static class BuildRules
{
    public const string BannedSymbols = "BannedSymbols.txt";
    public const string ConsoleBannedSymbols = "BannedSymbols.Console.txt";
    public const string BannedApiAnalyzers = "Microsoft.CodeAnalysis.BannedApiAnalyzers";

    /// <summary>The only project that may write to the console.</summary>
    public const string ConsoleProject = LayerRules.Cli;

    /// <summary>The documentation ids a BannedSymbols file bans (the part before ';', comments and blanks skipped).</summary>
    public static IReadOnlySet<string> Symbols(string text) => text
        .Split('\n')
        .Select(line => line.Split("//", 2)[0].Split(';', 2)[0].Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="project"/> ends up with <paramref name="fileName"/> among its AdditionalFiles.</summary>
    public static bool Gets(XDocument props, ProjectFile project, string fileName)
    {
        var properties = MsBuildCondition.Properties(project.Name, props, project.Document);
        var included = MsBuildCondition.Items(props, "AdditionalFiles", properties)
            .Concat(MsBuildCondition.Items(project.Document, "AdditionalFiles", properties))
            .Any(include => Names(include, fileName));
        var removed = project.Document.Descendants().Where(e => e.Name.LocalName == "AdditionalFiles")
            .Any(e => e.Attribute("Remove")?.Value is { } remove && Names(remove, fileName));
        return included && !removed;
    }

    /// <summary>Whether <paramref name="project"/> gets the banned-API analyzer package.</summary>
    public static bool GetsAnalyzer(XDocument props, ProjectFile project)
    {
        var properties = MsBuildCondition.Properties(project.Name, props, project.Document);
        return MsBuildCondition.Items(props, "PackageReference", properties)
            .Any(p => string.Equals(p, BannedApiAnalyzers, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Every src project but the CLI must get the console ban; the CLI must not.</summary>
    public static IReadOnlyList<string> ConsoleBanProblems(XDocument props, IEnumerable<ProjectFile> sourceProjects)
    {
        var problems = new List<string>();
        foreach (var project in sourceProjects)
        {
            var gets = Gets(props, project, ConsoleBannedSymbols);
            var isConsoleProject = string.Equals(project.Name, ConsoleProject, StringComparison.Ordinal);
            if (isConsoleProject && gets)
            {
                problems.Add($"{project.Name} gets {ConsoleBannedSymbols}, but it is the one project that writes to the console");
            }
            else if (!isConsoleProject && !gets)
            {
                problems.Add($"{project.Name} does not get {ConsoleBannedSymbols}, so it could write to the console");
            }
        }

        return problems;
    }

    private static bool Names(string include, string fileName) =>
        include.Split(';').Any(part => part.Trim().Replace('\\', '/').EndsWith("/" + fileName, StringComparison.OrdinalIgnoreCase)
            || part.Trim().EndsWith(")" + fileName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(part.Trim(), fileName, StringComparison.OrdinalIgnoreCase));
}
