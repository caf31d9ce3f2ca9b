using System.Xml.Linq;

namespace MedVigil.ArchitectureTests;

public sealed class BannedSymbolsTests
{
    private static readonly XDocument Props = XDocument.Load(RepositoryRoot.File("Directory.Build.props"));
    private static readonly IReadOnlyList<ProjectFile> Sources = ProjectFile.LoadSources(RepositoryRoot.Path);

    private static IReadOnlySet<string> SymbolsIn(string fileName) => BuildRules.Symbols(File.ReadAllText(RepositoryRoot.File(fileName)));

    [Theory]
    [InlineData("P:System.DateTime.Now")]
    [InlineData("P:System.DateTime.UtcNow")]
    [InlineData("P:System.DateTime.Today")]
    [InlineData("P:System.DateTimeOffset.Now")]
    [InlineData("P:System.DateTimeOffset.UtcNow")]
    [InlineData("P:System.Threading.Tasks.Task`1.Result")]
    [InlineData("M:System.Threading.Tasks.Task.Wait")]
    [InlineData("M:System.Runtime.CompilerServices.TaskAwaiter.GetResult")]
    [InlineData("M:System.Runtime.CompilerServices.TaskAwaiter`1.GetResult")]
    public void TheSharedBanListBansClockReadsAndBlockingOnTasks(string symbol) =>
        SymbolsIn(BuildRules.BannedSymbols).ShouldContain(symbol);

    [Fact]
    public void TheConsoleBanListBansTheConsole() =>
        SymbolsIn(BuildRules.ConsoleBannedSymbols).ShouldContain("T:System.Console");

    [Fact]
    public void TheSharedBanListLeavesTheConsoleToItsOwnFile() =>
        SymbolsIn(BuildRules.BannedSymbols).ShouldNotContain("T:System.Console", "the CLI gets the shared list too");

    [Fact]
    public void EverySourceProjectGetsTheSharedBanListAndTheAnalyzer()
    {
        var missing = Sources.Where(p => !BuildRules.Gets(Props, p, BuildRules.BannedSymbols) || !BuildRules.GetsAnalyzer(Props, p))
            .Select(p => p.Name).ToList();

        missing.ShouldBeEmpty();
        Sources.ShouldNotBeEmpty();
    }

    [Fact]
    public void EverySourceProjectButTheCliGetsTheConsoleBan()
    {
        var problems = BuildRules.ConsoleBanProblems(Props, Sources);

        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
        Sources.Select(p => p.Name).ShouldContain(BuildRules.ConsoleProject);
    }

    [Fact]
    public void TestProjectsAreExemptFromTheConsoleBan()
    {
        var testProjects = Directory.GetDirectories(RepositoryRoot.File("tests"))
            .SelectMany(dir => Directory.GetFiles(dir, "*Tests.csproj"))
            .Select(ProjectFile.Load)
            .ToList();

        testProjects.Select(p => p.Name).ShouldContain("MedVigil.ArchitectureTests");
        testProjects.Where(p => BuildRules.Gets(Props, p, BuildRules.ConsoleBannedSymbols)).Select(p => p.Name).ShouldBeEmpty();
    }

    [Fact]
    public void TheBanListsWiredByDirectoryBuildPropsExist()
    {
        var included = Props.Descendants().Where(e => e.Name.LocalName == "AdditionalFiles")
            .Select(e => e.Attribute("Include")?.Value ?? string.Empty)
            .ToList();

        included.Count.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var include in included)
        {
            var path = include.Replace("$(MSBuildThisFileDirectory)", RepositoryRoot.Path + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            File.Exists(path).ShouldBeTrue($"{include} does not exist");
        }
    }
}
