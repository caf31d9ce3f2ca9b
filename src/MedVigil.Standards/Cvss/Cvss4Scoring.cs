using static MedVigil.Standards.Cvss.Cvss4Metrics;

namespace MedVigil.Standards.Cvss;

/// <summary>
/// The CVSS v4.0 score by the specification's MacroVector method, as FIRST's calculator computes it: look up the
/// MacroVector's score, then subtract the mean, over the equivalence classes that have a next-lower MacroVector,
/// of (score gap to it) × (severity distance from the highest-severity vector) / (depth of the class).
/// Everything is integer tenths and steps, and the mean is kept as an exact fraction, so rounding half up to one
/// decimal is exact (binary doubles round several x.x5 results down).
/// </summary>
internal static class Cvss4Scoring
{
    private static readonly sbyte[] Lookup = BuildLookup();
    private static readonly Cvss4EquivalenceClass Eq1 = new("eq1", 3, Slot);
    private static readonly Cvss4EquivalenceClass Eq2 = new("eq2", 2, Slot);
    private static readonly Cvss4EquivalenceClass Eq3Eq6 = new("eq3eq6", 6, JointSlot);
    private static readonly Cvss4EquivalenceClass Eq4 = new("eq4", 3, Slot);

    /// <summary>A common denominator of every depth, so each class's share is a whole number.</summary>
    private static readonly int DepthMultiple = new[] { Eq1, Eq2, Eq3Eq6, Eq4 }.SelectMany(c => c.Depths).Aggregate(1, LeastCommonMultiple);

    public static CvssScore Score(CvssMetricValues values, out Cvss4MacroVector macroVector)
    {
        Span<char> effective = stackalloc char[Scoring];
        Resolve(values, effective);
        macroVector = Cvss4MacroVector.Of(effective);
        if (effective[VC] == 'N' && effective[VI] == 'N' && effective[VA] == 'N'
            && effective[SC] == 'N' && effective[SI] == 'N' && effective[SA] == 'N')
        {
            return CvssScore.FromTenths(0);
        }

        Span<int> levels = stackalloc int[Scoring];
        Cvss4Levels.Resolve(effective, levels);
        return CvssScore.FromTenths(Interpolate(macroVector, levels));
    }

    /// <summary>The score in tenths, rounded half up from the exact fraction.</summary>
    private static int Interpolate(Cvss4MacroVector m, ReadOnlySpan<int> levels)
    {
        var score = ScoreOf(m);
        long reduction = 0;
        var classes = 0;
        Add(ref reduction, ref classes, score, ScoreOf(m with { Eq1 = m.Eq1 + 1 }), Eq1, m.Eq1, levels);
        Add(ref reduction, ref classes, score, ScoreOf(m with { Eq2 = m.Eq2 + 1 }), Eq2, m.Eq2, levels);
        Add(ref reduction, ref classes, score, NextLowerEq3Eq6(m), Eq3Eq6, JointSlot(m), levels);
        Add(ref reduction, ref classes, score, ScoreOf(m with { Eq4 = m.Eq4 + 1 }), Eq4, m.Eq4, levels);
        if (ScoreOf(m with { Eq5 = m.Eq5 + 1 }) >= 0)
        {
            classes++; // EQ5's severity distance is always 0: it counts in the mean but moves nothing.
        }

        if (classes == 0)
        {
            return score;
        }

        // score − reduction / (multiple × classes), in tenths, rounded half up and kept within 0 to 100.
        long denominator = (long)DepthMultiple * classes;
        var numerator = (score * denominator) - reduction;
        return numerator <= 0 ? 0 : (int)Math.Min(100, ((2 * numerator) + denominator) / (2 * denominator));
    }

    /// <summary>
    /// Adds one class's share of the mean, scaled by the common multiple of the depths: (score − lower score) ×
    /// distance × (multiple / depth). A class without a next lower MacroVector (lower score -1) takes no part.
    /// </summary>
    private static void Add(
        ref long reduction, ref int classes, int score, int lowerScore, Cvss4EquivalenceClass eq, int slot, ReadOnlySpan<int> levels)
    {
        if (lowerScore < 0)
        {
            return;
        }

        classes++;
        reduction += (long)(score - lowerScore) * eq.DistanceFromMaximum(levels, slot) * (DepthMultiple / eq.DepthAt(slot));
    }

    /// <summary>EQ3 and EQ6 step down together: 00 → the better of 01 and 10; 01 and 10 → 11; 11 → 21; 21 has none.</summary>
    private static int NextLowerEq3Eq6(Cvss4MacroVector m) => (m.Eq3, m.Eq6) switch
    {
        (0, 0) => Math.Max(ScoreOf(m with { Eq6 = 1 }), ScoreOf(m with { Eq3 = 1 })),
        (1, 0) => ScoreOf(m with { Eq6 = 1 }),
        (0, 1) or (1, 1) => ScoreOf(m with { Eq3 = m.Eq3 + 1 }),
        _ => -1,
    };

    /// <summary>The MacroVector's score in tenths, or -1 when the table has no such MacroVector.</summary>
    internal static int ScoreOf(Cvss4MacroVector m) => m.Index is var index and >= 0 ? Lookup[index] : -1;

    private static int Slot(string level) => level[0] - '0';

    private static int JointSlot(string level) => ((level[0] - '0') * 2) + (level[2] - '0');

    private static int JointSlot(Cvss4MacroVector m) => (m.Eq3 * 2) + m.Eq6;

    private static sbyte[] BuildLookup()
    {
        var table = Enumerable.Repeat((sbyte)-1, Cvss4MacroVector.Combinations).ToArray();
        foreach (var (digits, tenths) in Cvss4Data.Lookup)
        {
            var d = digits.Select(c => c - '0').ToArray();
            table[new Cvss4MacroVector(d[0], d[1], d[2], d[3], d[4], d[5]).Index] = (sbyte)tenths;
        }

        return table;
    }

    private static int LeastCommonMultiple(int a, int b)
    {
        var (x, y) = (a, b);
        while (y != 0)
        {
            (x, y) = (y, x % y);
        }

        return a / x * b;
    }
}
