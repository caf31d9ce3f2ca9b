using MedVigil.Standards.Cpe;

namespace MedVigil.Standards.Tests.Cpe;

/// <summary>
/// NISTIR 7696 Table 6-2, "Enumeration of Attribute Comparison Set Relations", row by row. Values are in WFN notation:
/// ANY, NA, or a value string (i, k: plain values; m: a value with wildcards).
/// </summary>
public sealed class AttributeComparisonTableTests
{
    public static TheoryData<string, string, string, CpeRelation> Table => new()
    {
        { "1: ANY vs ANY", "ANY", "ANY", CpeRelation.Equal },
        { "2: ANY vs NA", "ANY", "NA", CpeRelation.Superset },
        { "3: ANY vs i", "ANY", @"8\.0", CpeRelation.Superset },
        { "4: ANY vs m + wild cards", "ANY", @"8\.*", CpeRelation.Undefined },
        { "5: NA vs ANY", "NA", "ANY", CpeRelation.Subset },
        { "6: NA vs NA", "NA", "NA", CpeRelation.Equal },
        { "7: NA vs i", "NA", @"8\.0", CpeRelation.Disjoint },
        { "8: NA vs m + wild cards", "NA", @"8\.*", CpeRelation.Undefined },
        { "9: i vs i", "microsoft", "microsoft", CpeRelation.Equal },
        { "9: i vs i, ignoring case", "Microsoft", "microSOFT", CpeRelation.Equal },
        { "10: i vs k", "microsoft", "adobe", CpeRelation.Disjoint },
        { "11: i vs m + wild cards", @"8\.0", @"8\.*", CpeRelation.Undefined },
        { "12: i vs NA", @"8\.0", "NA", CpeRelation.Disjoint },
        { "13: i vs ANY", @"8\.0", "ANY", CpeRelation.Subset },
        { "14: m1 + wild cards vs m2, matching", @"8\.*", @"8\.0\.6001", CpeRelation.Superset },
        { "14: m1 + wild cards vs m2, not matching", @"8\.*", @"9\.0", CpeRelation.Disjoint },
        { "15: m + wild cards vs ANY", @"8\.*", "ANY", CpeRelation.Subset },
        { "16: m + wild cards vs NA", @"8\.*", "NA", CpeRelation.Disjoint },
        { "17: m1 + wild cards vs m2 + wild cards", @"8\.*", @"8\.*", CpeRelation.Undefined },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void EachRowOfTable6_2GivesItsRelation(string row, string source, string target, CpeRelation expected) =>
        CpeName.CompareAttribute(Value(source), Value(target)).ShouldBe(expected, row);

    [Fact]
    public void TheTableCoversAllSeventeenRows()
    {
        var rows = Table.Select(r => int.Parse(r.Data.Item1.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture)).Distinct();

        rows.Order().ShouldBe(Enumerable.Range(1, 17));
    }

    internal static CpeValue Value(string wfn) => wfn switch
    {
        "ANY" => CpeValue.Any,
        "NA" => CpeValue.NotApplicable,
        _ => CpeValue.FromWfn(wfn),
    };
}
