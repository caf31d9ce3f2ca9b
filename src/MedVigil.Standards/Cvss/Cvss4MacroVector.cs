using System.Globalization;
using static MedVigil.Standards.Cvss.Cvss4Metrics;

namespace MedVigil.Standards.Cvss;

/// <summary>
/// A CVSS v4.0 MacroVector: the levels of the six equivalence classes EQ1–EQ6 (0 is the most severe) that
/// select the score of the vector's highest-severity neighbours in the specification's lookup table.
/// </summary>
public readonly record struct Cvss4MacroVector(int Eq1, int Eq2, int Eq3, int Eq4, int Eq5, int Eq6)
{
    /// <summary>How many lookup slots there are: EQ1 3 × EQ2 2 × EQ3 3 × EQ4 3 × EQ5 3 × EQ6 2 levels.</summary>
    internal const int Combinations = 324;

    /// <summary>The slot in a 324-entry table (EQ1 most significant), or -1 when a level is out of range.</summary>
    internal int Index => Eq1 is >= 0 and < 3 && Eq2 is >= 0 and < 2 && Eq3 is >= 0 and < 3
                          && Eq4 is >= 0 and < 3 && Eq5 is >= 0 and < 3 && Eq6 is >= 0 and < 2
        ? (((((((((Eq1 * 2) + Eq2) * 3) + Eq3) * 3) + Eq4) * 3) + Eq5) * 2) + Eq6
        : -1;

    /// <summary>The six digits, e.g. <c>001100</c>, as the specification and calculators write them.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Eq1}{Eq2}{Eq3}{Eq4}{Eq5}{Eq6}");

    /// <summary>The MacroVector of effective values (see <see cref="Cvss4Metrics.Resolve"/>), by the specification's EQ rules.</summary>
    internal static Cvss4MacroVector Of(ReadOnlySpan<char> v)
    {
        var eq1 = v[AV] == 'N' && v[PR] == 'N' && v[UI] == 'N' ? 0
            : (v[AV] == 'N' || v[PR] == 'N' || v[UI] == 'N') && v[AV] != 'P' ? 1
            : 2;
        var eq2 = v[AC] == 'L' && v[AT] == 'N' ? 0 : 1;
        var eq3 = v[VC] == 'H' && v[VI] == 'H' ? 0
            : v[VC] == 'H' || v[VI] == 'H' || v[VA] == 'H' ? 1
            : 2;
        var eq4 = v[SI] == 'S' || v[SA] == 'S' ? 0
            : v[SC] == 'H' || v[SI] == 'H' || v[SA] == 'H' ? 1
            : 2;
        var eq5 = v[E] switch { 'A' => 0, 'P' => 1, _ => 2 };
        var eq6 = (v[CR] == 'H' && v[VC] == 'H') || (v[IR] == 'H' && v[VI] == 'H') || (v[AR] == 'H' && v[VA] == 'H') ? 0 : 1;
        return new Cvss4MacroVector(eq1, eq2, eq3, eq4, eq5, eq6);
    }
}
