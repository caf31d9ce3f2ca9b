using FsCheck.Xunit;
using MedVigil.Standards.Cpe;

namespace MedVigil.Standards.Tests.Cpe;

public sealed class CpePropertyTests
{
    [Property(Arbitrary = [typeof(CpeGenerators)], MaxTest = 500)]
    public bool ParsingThenFormattingACanonicalFormattedStringGivesItBack(CanonicalFormattedString name) =>
        CpeName.Parse(name.Text).ToString() == name.Text;

    [Property(Arbitrary = [typeof(CpeGenerators)], MaxTest = 500)]
    public bool EveryNameSurvivesTheUriBindingAndItsUriIsCanonical(CanonicalFormattedString text)
    {
        var name = CpeName.Parse(text.Text);
        var uri = name.ToUri();
        var fromUri = CpeName.Parse(uri);
        return fromUri == name && fromUri.ToUri() == uri;
    }

    [Property(Arbitrary = [typeof(CpeGenerators)], MaxTest = 500)]
    public bool EveryNameEqualsItselfAndEqualNamesHashAlike(CanonicalFormattedString text)
    {
        var name = CpeName.Parse(text.Text);
        var again = CpeName.Parse(text.Text);
        var expected = name.Values().Any(v => v.HasWildcards) ? CpeRelation.Undefined : CpeRelation.Equal;
        return CpeName.Compare(name, again) == expected && name == again && name.GetHashCode() == again.GetHashCode();
    }

    [Property(Arbitrary = [typeof(CpeGenerators)], MaxTest = 1000)]
    public bool SubsetAndSupersetMirrorEachOtherAndTheOtherRelationsAreSymmetric(ConcreteName a, ConcreteName b)
    {
        var (x, y) = (CpeName.Parse(a.Text), CpeName.Parse(b.Text));
        var forward = CpeName.Compare(x, y);
        var backward = CpeName.Compare(y, x);
        return forward switch
        {
            CpeRelation.Subset => backward == CpeRelation.Superset,
            CpeRelation.Superset => backward == CpeRelation.Subset,
            _ => backward == forward,
        };
    }

    [Property(Arbitrary = [typeof(CpeGenerators)], MaxTest = 1000)]
    public bool TheVulnerabilityGuardsOnlyEverTakeMatchesAway(ConcreteName a, ConcreteName b)
    {
        var (criteria, component) = (CpeName.Parse(a.Text), CpeName.Parse(b.Text));
        var relation = CpeName.Compare(criteria, component);
        return CpeName.EvaluateForVulnerability(criteria, component) switch
        {
            CpeMatchVerdict.Match => relation is CpeRelation.Equal or CpeRelation.Superset,
            CpeMatchVerdict.PossibleMatch => relation is CpeRelation.Subset or CpeRelation.Undefined,
            CpeMatchVerdict.Disjoint => relation == CpeRelation.Disjoint,
            _ => relation != CpeRelation.Disjoint,
        };
    }
}

internal static class CpeNameTestExtensions
{
    public static IEnumerable<CpeValue> Values(this CpeName name) => Enum.GetValues<CpeAttribute>().Select(a => name[a]);
}
