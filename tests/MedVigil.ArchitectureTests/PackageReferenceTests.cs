using System.Xml.Linq;

namespace MedVigil.ArchitectureTests;

public sealed class PackageReferenceTests
{
    private static readonly IReadOnlyList<ProjectFile> Sources = ProjectFile.LoadSources(RepositoryRoot.Path);

    private static ProjectFile Source(string name) =>
        Sources.SingleOrDefault(p => p.Name == name) ?? throw new InvalidOperationException($"src/{name}/{name}.csproj is missing.");

    [Fact]
    public void ThePureProjectsUseNoDatabaseOrWebPackages()
    {
        var pure = LayerRules.Pure.Select(Source).ToList();

        var problems = LayerRules.InfrastructureInPureProjects(pure);

        problems.ShouldBeEmpty(
            "Standards, Domain and Formats must not depend on EF Core, ASP.NET Core or Npgsql:" + Environment.NewLine +
            string.Join(Environment.NewLine, problems.Select(p => "  " + p)));
    }

    [Fact]
    public void StandardsHasNoPackageReferenceAtAll()
    {
        var standards = Source(LayerRules.Standards);

        standards.PackageReferences.ShouldBeEmpty("MedVigil.Standards is dependency-free; the shared analyzers come from Directory.Build.props.");
        standards.FrameworkReferences.ShouldBeEmpty();
        standards.ProjectReferences.ShouldBeEmpty();
    }

    [Fact]
    public void DirectoryBuildPropsAddsNoDatabaseOrWebPackageToEveryProject()
    {
        var props = XDocument.Load(RepositoryRoot.File("Directory.Build.props"));

        var added = props.Descendants().Where(e => e.Name.LocalName is "PackageReference" or "FrameworkReference")
            .Select(e => e.Attribute("Include")?.Value ?? string.Empty)
            .Where(LayerRules.IsInfrastructure)
            .ToList();

        added.ShouldBeEmpty();
    }
}
