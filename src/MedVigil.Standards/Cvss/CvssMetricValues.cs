namespace MedVigil.Standards.Cvss;

/// <summary>
/// The value codes of up to 32 metrics, four bits each, in one 128-bit number: vectors stay small, unmanaged
/// values that copy, compare and hash in a few instructions. Metric <c>i</c> occupies bits <c>4i … 4i+3</c>.
/// </summary>
internal readonly record struct CvssMetricValues(UInt128 Bits)
{
    public const int MaxMetrics = 32;

    /// <summary>The code of metric <paramref name="index"/>: 0 = Not Defined, else the 1-based value index.</summary>
    public int this[int index] => (int)(uint)((Bits >> (4 * index)) & 0xF);

    public bool IsEmpty => Bits == UInt128.Zero;

    public CvssMetricValues With(int index, int code) =>
        new((Bits & ~((UInt128)0xF << (4 * index))) | ((UInt128)(uint)code << (4 * index)));

    /// <summary>Whether any metric selected by <paramref name="mask"/> (from <see cref="CvssMetricCatalog.MaskOf"/>) is defined.</summary>
    public bool AnyDefined(UInt128 mask) => (Bits & mask) != UInt128.Zero;
}
