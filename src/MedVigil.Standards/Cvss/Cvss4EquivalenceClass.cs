namespace MedVigil.Standards.Cvss;

/// <summary>
/// One equivalence class of the v4.0 MacroVector method that has a severity distance (EQ1, EQ2, EQ3+EQ6 taken
/// jointly, EQ4; EQ5's is always 0) with, per level, its highest-severity partial vectors and its depth, from
/// <see cref="Cvss4Data"/>. Severity levels are in steps of 0.1.
/// </summary>
internal sealed class Cvss4EquivalenceClass
{
    private readonly int[] _metrics;
    private readonly int[][][] _maxima;
    private readonly int[] _depths;

    /// <param name="name">The key in the data: eq1, eq2, eq3eq6 or eq4.</param>
    /// <param name="levels">How many level slots (eq3eq6 uses eq3 × 2 + eq6).</param>
    /// <param name="slotOf">The slot of a level as the data writes it ("1", or "0,1" for eq3eq6).</param>
    public Cvss4EquivalenceClass(string name, int levels, Func<string, int> slotOf)
    {
        _metrics = [.. Cvss4Data.DistanceMetrics.Single(d => d.Eq == name).Metrics.Select(Cvss4Metrics.Catalog.IndexOf)];
        _maxima = new int[levels][][];
        _depths = new int[levels];
        foreach (var (_, level, vectors) in Cvss4Data.MaxComposed.Where(m => m.Eq == name))
        {
            _maxima[slotOf(level)] = [.. vectors.Select(LevelsOf)];
        }

        foreach (var (_, level, depth) in Cvss4Data.MaxSeverity.Where(m => m.Eq == name))
        {
            _depths[slotOf(level)] = depth;
        }
    }

    /// <summary>Every depth, so the scorer can find a common denominator.</summary>
    public IEnumerable<int> Depths => _depths.Where(d => d > 0);

    public int DepthAt(int slot) => _depths[slot];

    /// <summary>
    /// The severity distance from the first highest-severity vector at <paramref name="slot"/> that is at least as
    /// severe as the vector in every distance metric: the sum of the level differences. With the specification's
    /// tables every vector has one (a test walks every combination); the calculator's fallback for none is moot.
    /// </summary>
    public int DistanceFromMaximum(ReadOnlySpan<int> levels, int slot)
    {
        foreach (var maximum in _maxima[slot])
        {
            if (NoneNegative(levels, maximum))
            {
                var distance = 0;
                for (var i = 0; i < _metrics.Length; i++)
                {
                    distance += levels[_metrics[i]] - maximum[i];
                }

                return distance;
            }
        }

        throw new InvalidOperationException("Cvss4Data has no highest-severity vector above this one; the tables are inconsistent.");
    }

    private bool NoneNegative(ReadOnlySpan<int> levels, int[] maximum)
    {
        for (var i = 0; i < _metrics.Length; i++)
        {
            if (levels[_metrics[i]] < maximum[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The levels of a partial vector such as "AV:N/PR:N/UI:N", in the order of this class's distance metrics.</summary>
    private int[] LevelsOf(string partialVector)
    {
        var values = partialVector.Split('/').Select(p => p.Split(':')).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return [.. _metrics.Select(m => Cvss4Levels.Of(m, values[Cvss4Metrics.Catalog[m].Name][0]))];
    }
}
