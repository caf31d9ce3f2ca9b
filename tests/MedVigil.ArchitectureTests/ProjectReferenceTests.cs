namespace MedVigil.ArchitectureTests;

public sealed class ProjectReferenceTests
{
    private static readonly IReadOnlyList<ProjectFile> Sources = ProjectFile.LoadSources(RepositoryRoot.Path);

    [Fact]
    public void TheSourceProjectsAreFound()
    {
        // Guards the other tests against passing on an empty or wrong folder.
        Sources.Select(p => p.Name).ShouldContain(LayerRules.Domain);
        Sources.Count.ShouldBeGreaterThanOrEqualTo(9);
    }

    [Fact]
    public void EverySourceProjectHasARule()
    {
        var missing = LayerRules.WithoutRule(Sources);

        missing.ShouldBeEmpty(
            "Each project under src/ needs a row in LayerRules.Direct (tests/MedVigil.ArchitectureTests/LayerRules.cs) " +
            "saying which projects it may reference, matching the architecture document. Missing: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryProjectReferencePointsDownTheArchitecture()
    {
        var violations = LayerRules.Violations(Sources);

        violations.ShouldBeEmpty(
            "These project references point upward or sideways in the architecture:" + Environment.NewLine +
            string.Join(Environment.NewLine, violations.Select(v => "  " + v)) + Environment.NewLine +
            "Move the code down a layer, or change the rule in LayerRules.Direct together with the architecture document.");
    }

    [Fact]
    public void TheRuleTableHasNoCycles()
    {
        var cyclic = LayerRules.Direct.Keys.Where(p => LayerRules.Allowed(p).Contains(p)).ToList();

        cyclic.ShouldBeEmpty("A project that may reach itself makes the layers meaningless: " + string.Join(", ", cyclic));
    }

    [Fact]
    public void TheRuleTableOnlyNamesProjectsItHasRulesFor()
    {
        var unknown = LayerRules.Direct.Values.SelectMany(v => v).Where(p => !LayerRules.Direct.ContainsKey(p)).Distinct().ToList();

        unknown.ShouldBeEmpty();
    }
}
