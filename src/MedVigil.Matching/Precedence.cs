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
    public static (Hit Winner, IReadOnlyList<Hit> Others) Decide(IReadOnlyList<Hit> hits, Hit? productNotAffected)
    {
        var ordered = hits.OrderByDescending(Rank).ThenByDescending(h => h.FromVexOrVendor).ToList();
        var winner = productNotAffected is not null && Rank(ordered[0]) < Rank(productNotAffected) ? productNotAffected : ordered[0];
        var analysis = winner.Analysis ?? ordered.FirstOrDefault(h => h.Status == winner.Status && h.Analysis is not null)?.Analysis;
        return (winner with { Analysis = analysis }, [.. ordered.Where(h => !ReferenceEquals(h, winner))]);
    }

    /// <summary>Decides each vulnerability of one component's hits.</summary>
    public static List<Decided> DecideAll(List<Hit> hits)
    {
        var decided = new List<Decided>();
        foreach (var group in hits.GroupBy(h => h.VulnerabilityId, StringComparer.Ordinal))
        {
            var list = group.ToList();
            var (winner, others) = Decide(list, null);
            decided.Add(new Decided(group.Key, winner, list, [.. others.Select(o => o.Explanation)]));
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
