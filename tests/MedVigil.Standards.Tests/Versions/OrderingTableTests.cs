namespace MedVigil.Standards.Tests.Versions;

/// <summary>Every pair in every hand-written chain compares as the chain says (so the chains also test transitivity).</summary>
public sealed class OrderingTableTests
{
    public static TheoryData<string, string> AllChains =>
        [.. OrderingTables.Chains.SelectMany(pair => pair.Value.Select(chain => (pair.Key, chain)))];

    [Theory]
    [MemberData(nameof(AllChains))]
    public void EveryPairOfAnOrderingChainComparesAsTheChainSays(string scheme, string chain)
    {
        var versions = VersionFixtures.Scheme(scheme);
        var links = OrderingTables.Parse(chain);
        for (var i = 0; i < links.Count; i++)
        {
            var left = versions.Parse(links[i].Version);
            for (var j = i + 1; j < links.Count; j++)
            {
                var expected = links.Skip(i + 1).Take(j - i).All(link => link.Relation == "=") ? 0 : -1;
                var actual = Math.Sign(left.CompareTo(versions.Parse(links[j].Version)));
                actual.ShouldBe(expected, $"{scheme}: '{links[i].Version}' vs '{links[j].Version}'");
            }
        }
    }
}
