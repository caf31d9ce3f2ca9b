namespace MedVigil.Standards.Cpe;

/// <summary>
/// NISTIR 7696 Table 6-2: how a source attribute value relates to a target attribute value. Values compare ignoring
/// ASCII case; a source pattern (wildcards) is SUPERSET of a target value it matches, DISJOINT otherwise.
/// </summary>
internal static class AttributeComparison
{
    public static CpeRelation Compare(in CpeValue source, in CpeValue target)
    {
        if (target.HasWildcards)
        {
            return CpeRelation.Undefined; // rows 4, 8, 11, 17: a target pattern is not a set the spec compares
        }

        if (source.IsAny)
        {
            return target.IsAny ? CpeRelation.Equal : CpeRelation.Superset; // rows 1, 2, 3
        }

        if (target.IsAny)
        {
            return CpeRelation.Subset; // rows 5, 13, 15
        }

        if (source.IsNotApplicable || target.IsNotApplicable)
        {
            return source.Kind == target.Kind ? CpeRelation.Equal : CpeRelation.Disjoint; // rows 6, 7, 12, 16
        }

        if (source.HasWildcards)
        {
            return WildcardMatch.Matches(source, target.Quoted!) ? CpeRelation.Superset : CpeRelation.Disjoint; // row 14
        }

        return string.Equals(source.Quoted, target.Quoted, StringComparison.OrdinalIgnoreCase)
            ? CpeRelation.Equal // row 9
            : CpeRelation.Disjoint; // row 10
    }
}
