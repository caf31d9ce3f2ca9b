namespace MedVigil.Standards.Cpe;

public readonly partial struct CpeName
{
    /// <summary>
    /// NISTIR 7696 name comparison (§6.2): compares each attribute (Table 6-2), then DISJOINT if any attribute is
    /// DISJOINT, EQUAL if all are EQUAL, SUBSET if all are SUBSET or EQUAL, SUPERSET if all are SUPERSET or EQUAL, and
    /// otherwise UNDEFINED (some attribute UNDEFINED, or SUBSET and SUPERSET mixed). By the specification a source
    /// "matches" a target when the result is SUPERSET or EQUAL. Allocation-free.
    /// </summary>
    /// <param name="source">Usually the pattern, e.g. a vulnerability's CPE match criteria.</param>
    /// <param name="target">Usually the name being tested, e.g. a component's CPE.</param>
    public static CpeRelation Compare(CpeName source, CpeName target)
    {
        var sources = source.Values;
        var targets = target.Values;
        var seen = 0;
        for (var i = 0; i < sources.Length; i++)
        {
            var relation = AttributeComparison.Compare(sources[i], targets[i]);
            if (relation == CpeRelation.Disjoint)
            {
                return CpeRelation.Disjoint;
            }

            seen |= 1 << (int)relation;
        }

        return Combine(seen);
    }

    /// <summary>One attribute's relation (NISTIR 7696 Table 6-2).</summary>
    public static CpeRelation CompareAttribute(CpeValue source, CpeValue target) => AttributeComparison.Compare(source, target);

    /// <summary>
    /// Whether a vulnerability whose CPE match criteria is <paramref name="criteria"/> applies to a component named
    /// <paramref name="component"/>: <see cref="CpeMatchVerdict.Match"/> or <see cref="CpeMatchVerdict.PossibleMatch"/>
    /// of <see cref="EvaluateForVulnerability"/>, whose verdict also explains a refusal.
    /// </summary>
    public static bool MatchesForVulnerability(CpeName criteria, CpeName component) =>
        EvaluateForVulnerability(criteria, component) is CpeMatchVerdict.Match or CpeMatchVerdict.PossibleMatch;

    /// <summary>
    /// NISTIR 7696 comparison with guards against the wildcard false positives users of other tools report (see
    /// <see cref="CpeMatchVerdict"/> for the rules, in the order they apply). Allocation-free.
    /// </summary>
    public static CpeMatchVerdict EvaluateForVulnerability(CpeName criteria, CpeName component) =>
        VulnerabilityMatch.Evaluate(criteria.Values, component.Values);

    internal static CpeRelation Combine(int seen)
    {
        const int Equal = 1 << (int)CpeRelation.Equal;
        const int Subset = 1 << (int)CpeRelation.Subset;
        const int Superset = 1 << (int)CpeRelation.Superset;
        return seen switch
        {
            Equal => CpeRelation.Equal,
            _ when (seen & ~(Subset | Equal)) == 0 => CpeRelation.Subset,
            _ when (seen & ~(Superset | Equal)) == 0 => CpeRelation.Superset,
            _ => CpeRelation.Undefined,
        };
    }
}
