using MedVigil.Domain.Matching;

namespace MedVigil.Matching.Tests;

/// <summary>Runs the engine over statement sets and targets in one call.</summary>
internal static class Engines
{
    public static IReadOnlyList<MatchFinding> Evaluate(IEnumerable<StatementSet> statements, params MatchTarget[] targets)
    {
        var engine = new MatchingEngine();
        foreach (var set in statements)
        {
            engine.LoadStatements(set);
        }

        foreach (var target in targets)
        {
            engine.LoadTarget(target);
        }

        return engine.EvaluateAll();
    }

    public static IReadOnlyList<MatchFinding> Evaluate(StatementSet statements, params MatchTarget[] targets) => Evaluate([statements], targets);

    public static MatchTarget Target(string id, params InventoryComponent[] components) => new(id, components);

    public static InventoryComponent Purl(string purl) => new(purl, null, null, null);

    public static InventoryComponent Cpe(string cpe, string? version = null) => new(null, cpe, null, version);
}
