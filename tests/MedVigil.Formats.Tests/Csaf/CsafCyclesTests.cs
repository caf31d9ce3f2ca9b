using MedVigil.Formats.Csaf;

namespace MedVigil.Formats.Tests.Csaf;

/// <summary>Test 6.1.3's cycle finder: exactly the nodes on cycles, in linear time even for long chains.</summary>
public sealed class CsafCyclesTests
{
    private static Dictionary<string, List<string>> Graph(params (string From, string To)[] edges) =>
        edges.GroupBy(e => e.From, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList(), StringComparer.Ordinal);

    [Fact]
    public void ASelfLoopAndATwoCycle_AreFound_AndTheirTailIsNot()
    {
        var graph = Graph(("A", "A"), ("B", "C"), ("C", "B"), ("D", "B"), ("E", "F"));

        CsafCycles.NodesOnCycles(graph).ShouldBe(["A", "B", "C"], ignoreOrder: true);
    }

    [Fact]
    public void AHundredThousandLongChainClosedIntoARing_IsOneCycle_WithoutDeepRecursion()
    {
        const int length = 100_000;
        var graph = Enumerable.Range(0, length)
            .ToDictionary(i => "P" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                i => new List<string> { "P" + ((i + 1) % length).ToString(System.Globalization.CultureInfo.InvariantCulture) }, StringComparer.Ordinal);

        CsafCycles.NodesOnCycles(graph).Count.ShouldBe(length);

        graph["P0"].Clear(); // opened: a plain chain has no cycle
        CsafCycles.NodesOnCycles(graph).ShouldBeEmpty();
    }
}
