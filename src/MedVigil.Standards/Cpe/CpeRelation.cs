namespace MedVigil.Standards.Cpe;

/// <summary>
/// How a source CPE relates to a target CPE (NISTIR 7696): the set of platforms the source names compared with the
/// set the target names. Used both for single attributes (Table 6-2) and for whole names (§6.2).
/// </summary>
public enum CpeRelation
{
    /// <summary>The two share nothing.</summary>
    Disjoint,

    /// <summary>The source is narrower than the target (e.g. source <c>8.0</c>, target ANY).</summary>
    Subset,

    /// <summary>The source covers the target and more (e.g. source ANY or <c>8.*</c>, target <c>8.0</c>).</summary>
    Superset,

    /// <summary>The same set.</summary>
    Equal,

    /// <summary>
    /// No set relation can be stated: the target holds wildcards (Table 6-2 rows 4, 8, 11, 17), or, for whole
    /// names, some attributes are SUBSET and others SUPERSET.
    /// </summary>
    Undefined,
}
