using System.Xml.Linq;

namespace MedVigil.ArchitectureTests;

/// <summary>
/// The checkers run against fake, in-memory project files with known mistakes, so the real tests are known to be
/// able to fail.
/// </summary>
public sealed class CheckerSelfTests
{
    private static string Csproj(IEnumerable<string> projectReferences, string packages = "", string sdk = "Microsoft.NET.Sdk") =>
        $"""
        <Project Sdk="{sdk}">
          <ItemGroup>
            {string.Concat(projectReferences.Select(r => $"<ProjectReference Include=\"../{r}/{r}.csproj\" />"))}
          </ItemGroup>
          <ItemGroup>{packages}</ItemGroup>
        </Project>
        """;

    /// <summary>The current architecture as fake csproj files: exactly what the rules allow directly.</summary>
    private static Dictionary<string, string> LegalCsprojs() =>
        LayerRules.Direct.ToDictionary(r => r.Key, r => Csproj(r.Value), StringComparer.Ordinal);

    private static List<ProjectFile> Parse(Dictionary<string, string> csprojs) =>
        [.. csprojs.Select(p => ProjectFile.Parse(p.Key, p.Value))];

    private static List<ProjectFile> WithReference(string from, string to)
    {
        var csprojs = LegalCsprojs();
        csprojs[from] = Csproj([.. LayerRules.Direct[from], to]);
        return Parse(csprojs);
    }

    [Fact]
    public void TheLegalArchitectureHasNoViolations()
    {
        var projects = Parse(LegalCsprojs());

        LayerRules.Violations(projects).ShouldBeEmpty();
        LayerRules.WithoutRule(projects).ShouldBeEmpty();
        projects.Single(p => p.Name == LayerRules.Server).ProjectReferences
            .ShouldBe([LayerRules.Application, LayerRules.Sqlite, LayerRules.Postgres]);
    }

    [Fact]
    public void DomainReferencingPersistenceIsReported()
    {
        var violations = LayerRules.Violations(WithReference(LayerRules.Domain, LayerRules.Persistence));

        violations.ShouldBe(["MedVigil.Domain → MedVigil.Persistence"]);
    }

    [Theory]
    [InlineData(LayerRules.Standards, LayerRules.Domain)]
    [InlineData(LayerRules.Domain, LayerRules.Formats)]
    [InlineData(LayerRules.Formats, LayerRules.Persistence)]
    [InlineData(LayerRules.Formats, LayerRules.Matching)]
    [InlineData(LayerRules.Matching, LayerRules.Formats)]
    [InlineData(LayerRules.Persistence, LayerRules.Application)]
    [InlineData(LayerRules.Persistence, LayerRules.Formats)]
    [InlineData(LayerRules.Sqlite, LayerRules.Postgres)]
    [InlineData(LayerRules.Postgres, LayerRules.Sqlite)]
    [InlineData(LayerRules.Application, LayerRules.Server)]
    [InlineData(LayerRules.Application, LayerRules.Sqlite)]
    [InlineData(LayerRules.Server, LayerRules.Cli)]
    [InlineData(LayerRules.Domain, "MedVigil.Domain.Tests")]
    public void AnUpwardOrSidewaysReferenceIsReported(string from, string to) =>
        LayerRules.Violations(WithReference(from, to)).ShouldBe([$"{from} → {to}"]);

    [Theory]
    [InlineData(LayerRules.Cli, LayerRules.Domain)]
    [InlineData(LayerRules.Cli, LayerRules.Persistence)]
    [InlineData(LayerRules.Server, LayerRules.Standards)]
    [InlineData(LayerRules.Server, LayerRules.Formats)]
    [InlineData(LayerRules.Application, LayerRules.Standards)]
    [InlineData(LayerRules.Persistence, LayerRules.Standards)]
    [InlineData(LayerRules.Sqlite, LayerRules.Domain)]
    public void AReferenceFurtherDownIsAllowed(string from, string to) =>
        LayerRules.Violations(WithReference(from, to)).ShouldBeEmpty();

    [Fact]
    public void EveryViolationIsListed()
    {
        var csprojs = LegalCsprojs();
        csprojs[LayerRules.Domain] = Csproj([LayerRules.Standards, LayerRules.Persistence]);
        csprojs[LayerRules.Application] = Csproj([LayerRules.Domain, LayerRules.Server]);

        LayerRules.Violations(Parse(csprojs)).ShouldBe(
            ["MedVigil.Domain → MedVigil.Persistence", "MedVigil.Application → MedVigil.Server"], ignoreOrder: true);
    }

    [Fact]
    public void AWindowsStylePathIsReadAsTheSameProject()
    {
        var domain = ProjectFile.Parse(LayerRules.Domain, """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="..\MedVigil.Persistence\MedVigil.Persistence.csproj" />
              </ItemGroup>
            </Project>
            """);

        LayerRules.Violations([domain]).ShouldBe(["MedVigil.Domain → MedVigil.Persistence"]);
    }

    [Fact]
    public void ANewProjectWithoutARuleIsReported()
    {
        var csprojs = LegalCsprojs();
        csprojs["MedVigil.Reporting"] = Csproj([LayerRules.Domain]);

        LayerRules.WithoutRule(Parse(csprojs)).ShouldBe(["MedVigil.Reporting"]);
    }

    [Theory]
    [InlineData(LayerRules.Domain, """<PackageReference Include="Microsoft.EntityFrameworkCore" />""")]
    [InlineData(LayerRules.Domain, """<PackageReference Include="microsoft.entityframeworkcore.sqlite" />""")]
    [InlineData(LayerRules.Standards, """<PackageReference Include="Npgsql" />""")]
    [InlineData(LayerRules.Formats, """<PackageReference Include="Microsoft.AspNetCore.OpenApi" />""")]
    [InlineData(LayerRules.Formats, """<FrameworkReference Include="Microsoft.AspNetCore.App" />""")]
    [InlineData(LayerRules.Domain, """<PackageReference Update="Npgsql.EntityFrameworkCore.PostgreSQL" />""")]
    public void AnInfrastructurePackageInAPureProjectIsReported(string project, string package)
    {
        var csprojs = LegalCsprojs();
        csprojs[project] = Csproj(LayerRules.Direct[project], package);

        LayerRules.InfrastructureInPureProjects(Parse(csprojs)).ShouldHaveSingleItem().ShouldStartWith(project + ":");
    }

    [Fact]
    public void TheWebSdkInAPureProjectIsReported()
    {
        var csprojs = LegalCsprojs();
        csprojs[LayerRules.Domain] = Csproj(LayerRules.Direct[LayerRules.Domain], sdk: "Microsoft.NET.Sdk.Web");

        LayerRules.InfrastructureInPureProjects(Parse(csprojs)).ShouldBe(["MedVigil.Domain: Sdk Microsoft.NET.Sdk.Web"]);
    }

    [Theory]
    [InlineData("""<PackageReference Include="CsvHelper" />""")]
    [InlineData("""<PackageReference Include="Microsoft.Extensions.Logging.Abstractions" />""")]
    [InlineData("""<PackageReference Include="Npgsqlish" />""")]
    public void AnOrdinaryPackageInAPureProjectIsNotReported(string package)
    {
        var csprojs = LegalCsprojs();
        csprojs[LayerRules.Formats] = Csproj(LayerRules.Direct[LayerRules.Formats], package);

        LayerRules.InfrastructureInPureProjects(Parse(csprojs)).ShouldBeEmpty();
    }

    [Fact]
    public void InfrastructureOutsideThePureProjectsIsNotTheirProblem()
    {
        var csprojs = LegalCsprojs();
        csprojs[LayerRules.Persistence] = Csproj(LayerRules.Direct[LayerRules.Persistence],
            """<PackageReference Include="Microsoft.EntityFrameworkCore.Relational" />""");

        LayerRules.InfrastructureInPureProjects(Parse(csprojs)).ShouldBeEmpty();
    }

    private const string PropsTemplate = """
        <Project>
          <PropertyGroup>
            <IsTestProject Condition="$(MSBuildProjectName.EndsWith('Tests'))">true</IsTestProject>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Microsoft.CodeAnalysis.BannedApiAnalyzers" PrivateAssets="all" />
            <AdditionalFiles Include="$(MSBuildThisFileDirectory)BannedSymbols.txt" />
            <AdditionalFiles Include="$(MSBuildThisFileDirectory)BannedSymbols.Console.txt" Condition="CONDITION" />
          </ItemGroup>
        </Project>
        """;

    private static XDocument Props(string condition) =>
        XDocument.Parse(PropsTemplate.Replace("CONDITION", condition, StringComparison.Ordinal));

    private static List<ProjectFile> LegalProjects() => Parse(LegalCsprojs());

    [Fact]
    public void TheRealConsoleConditionPassesOnTheFakeProjects() =>
        BuildRules.ConsoleBanProblems(
            Props("'$(MSBuildProjectName)' != 'MedVigil.Cli' And '$(IsTestProject)' != 'true'"), LegalProjects())
            .ShouldBeEmpty();

    [Fact]
    public void AConsoleBanThatForgetsTheCliExceptionIsReported() =>
        BuildRules.ConsoleBanProblems(Props("'$(IsTestProject)' != 'true'"), LegalProjects())
            .ShouldHaveSingleItem().ShouldStartWith("MedVigil.Cli gets");

    [Fact]
    public void AConsoleBanThatExemptsAnotherProjectIsReported() =>
        BuildRules.ConsoleBanProblems(
            Props("'$(MSBuildProjectName)' != 'MedVigil.Cli' And '$(MSBuildProjectName)' != 'MedVigil.Server'"), LegalProjects())
            .ShouldBe(["MedVigil.Server does not get BannedSymbols.Console.txt, so it could write to the console"]);

    [Fact]
    public void AConsoleBanForTestsOnlyIsReportedForEverySourceProjectButTheCli() =>
        BuildRules.ConsoleBanProblems(Props("'$(IsTestProject)' == 'true'"), LegalProjects())
            .Count.ShouldBe(LayerRules.Direct.Count - 1);

    [Fact]
    public void ASourceProjectCallingItselfATestProjectIsReported()
    {
        var csprojs = LegalCsprojs();
        csprojs[LayerRules.Domain] = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><IsTestProject>true</IsTestProject></PropertyGroup>
            </Project>
            """;

        BuildRules.ConsoleBanProblems(
            Props("'$(MSBuildProjectName)' != 'MedVigil.Cli' And '$(IsTestProject)' != 'true'"), Parse(csprojs))
            .ShouldBe(["MedVigil.Domain does not get BannedSymbols.Console.txt, so it could write to the console"]);
    }

    [Fact]
    public void ASourceProjectRemovingTheConsoleBanIsReported()
    {
        var csprojs = LegalCsprojs();
        csprojs[LayerRules.Server] = """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <ItemGroup><AdditionalFiles Remove="$(MSBuildThisFileDirectory)../../BannedSymbols.Console.txt" /></ItemGroup>
            </Project>
            """;

        BuildRules.ConsoleBanProblems(Props("'$(MSBuildProjectName)' != 'MedVigil.Cli'"), Parse(csprojs))
            .ShouldBe(["MedVigil.Server does not get BannedSymbols.Console.txt, so it could write to the console"]);
    }

    [Fact]
    public void AConditionTheEvaluatorDoesNotUnderstandFailsLoudly() =>
        Should.Throw<NotSupportedException>(() => BuildRules.ConsoleBanProblems(
            Props("'$(MSBuildProjectName)' != 'MedVigil.Cli' Or '$(IsTestProject)' == 'false'"), LegalProjects()));

    [Fact]
    public void ABanListParserReadsIdsAndSkipsMessagesAndComments() =>
        BuildRules.Symbols("# comment\nT:System.Console;Use ILogger\r\n\nP:System.DateTime.Now // inline\n")
            .ShouldBe(["T:System.Console", "P:System.DateTime.Now"], ignoreOrder: true);
}
