namespace MedVigil.Standards.Versions.Vers;

/// <summary>One constraint of a <c>vers</c> range: a comparator and a version (no version for <c>*</c>).</summary>
public readonly record struct VersConstraint(VersComparator Comparator, SchemeVersion? Version)
{
    /// <summary>The <c>*</c> constraint.</summary>
    public static VersConstraint Any => new(VersComparator.Any, null);

    /// <summary>As written in a canonical <c>vers</c>: comparator then percent-encoded version.</summary>
    public override string ToString() =>
        Comparator == VersComparator.Any ? "*" : Comparator.Symbol() + VersPercentEncoding.Encode(Version!.ToString());
}
