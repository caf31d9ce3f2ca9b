using MedVigil.Domain.Findings;

namespace MedVigil.Matching;

/// <summary>
/// Decides one finding from the hits of one target, vulnerability and component (ADR 0018), in this order:
/// <list type="number">
/// <item>A VEX or vendor <c>not_affected</c> statement wins and keeps its justification: an analysis of the product
/// outranks an advisory's general statement. A device-level one (about the whole product) covers every component of
/// the target.</item>
/// <item><c>fixed</c> beats <c>affected</c> for the same version (a vendor's fixed list or remediation is more
/// specific than a range).</item>
/// <item><c>affected</c> beats <c>under_investigation</c>: a certain match settles what an ambiguous one asks.</item>
/// <item>Otherwise <c>under_investigation</c>, with the reason.</item>
/// </list>
/// Between hits of equal rank, a VEX hit comes first (its analysis is kept), then the first in statement order. The
/// losers are kept in <see cref="MatchFinding.AlsoApplied"/>.
/// </summary>
internal static class Precedence
{
    private static readonly IReadOnlyList<Hit> NoHits = [];
    private static readonly IReadOnlyList<Explanation> NoExplanations = [];

    public static (Hit Winner, IReadOnlyList<Hit> Others) Decide(IReadOnlyList<Hit> hits, Hit? productNotAffected)
    {
        if (hits.Count == 1 && productNotAffected is null)
        {
            return (hits[0], NoHits); // the common case: one statement applied
        }

        var ordered = hits.OrderByDescending(Rank).ThenByDescending(h => h.FromVexOrVendor).ToList();
        var winner = productNotAffected is not null && Rank(ordered[0]) < Rank(productNotAffected) ? productNotAffected : ordered[0];
        var analysis = winner.Analysis ?? ordered.FirstOrDefault(h => h.Status == winner.Status && h.Analysis is not null)?.Analysis;
        var others = ordered.Where(h => !ReferenceEquals(h, winner)).ToList();
        return (analysis == winner.Analysis ? winner : winner with { Analysis = analysis }, others);
    }

    /// <summary>Decides each vulnerability of one component's hits.</summary>
    public static List<Decided> DecideAll(List<Hit> hits)
    {
        var decided = new List<Decided>(hits.Count);
        if (hits.Count == 1)
        {
            decided.Add(new Decided(hits[0].VulnerabilityId, hits[0], [hits[0]], NoExplanations));
            return decided;
        }

        // Hits of one vulnerability side by side, in statement order within it (a stable sort by index).
        var order = new int[hits.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byVulnerability = string.CompareOrdinal(hits[a].VulnerabilityId, hits[b].VulnerabilityId);
            return byVulnerability != 0 ? byVulnerability : a.CompareTo(b);
        });
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && string.Equals(hits[order[end]].VulnerabilityId, hits[order[start]].VulnerabilityId, StringComparison.Ordinal))
            {
                end++;
            }

            if (end - start == 1)
            {
                var hit = hits[order[start]];
                decided.Add(new Decided(hit.VulnerabilityId, hit, [hit], NoExplanations));
            }
            else
            {
                var group = new List<Hit>(end - start);
                for (var i = start; i < end; i++)
                {
                    group.Add(hits[order[i]]);
                }

                var (winner, others) = Decide(group, null);
                decided.Add(new Decided(winner.VulnerabilityId, winner, group, [.. others.Select(o => o.Explanation)]));
            }

            start = end;
        }

        return decided;
    }

    /// <summary>True when a product-level not-affected hit outranks the winner.</summary>
    public static bool Overrides(Hit productNotAffected, Hit winner) => Rank(winner) < Rank(productNotAffected);

    private static int Rank(Hit hit) => hit.Status switch
    {
        FindingStatus.NotAffected when hit.FromVexOrVendor => 4,
        FindingStatus.Fixed => 3,
        FindingStatus.Affected => 2,
        FindingStatus.UnderInvestigation => 1,
        _ => 0,
    };
}
