using FsCheck;
using FsCheck.Fluent;

namespace MedVigil.Standards.Tests.Cvss;

/// <summary>A generated vector: its canonical text and its components (METRIC:VALUE, canonical order, Not Defined omitted).</summary>
internal sealed record GeneratedVector(CvssSpecMetrics Version, string[] Components)
{
    public string Canonical => Version.Prefix + string.Join('/', Components);

    public string With(IEnumerable<string> components) => Version.Prefix + string.Join('/', components);

    public override string ToString() => Canonical;
}

/// <summary>FsCheck generators over the metric values of every version.</summary>
internal static class CvssVectorGenerators
{
    /// <summary>Every mandatory metric with a random value, every optional one omitted or with a random value.</summary>
    public static Gen<GeneratedVector> Canonical(CvssSpecMetrics version) =>
        Gen.CollectToArray(version.Metrics.Select(m => m.Mandatory
                ? Gen.Elements(m.Values).Select(v => (string?)$"{m.Name}:{v}")
                : Gen.Elements([null, .. m.Values]).Select(v => v is null ? null : $"{m.Name}:{v}")))
            .Select(components => new GeneratedVector(version, [.. components.OfType<string>()]));

    public static Gen<GeneratedVector> AnyVersion => Gen.OneOf(CvssSpecMetrics.All.Select(Canonical));

    public static Arbitrary<GeneratedVector> Arbitrary(CvssSpecMetrics version) => Canonical(version).ToArbitrary();

    /// <summary>A valid vector with one random character replaced, inserted or removed: input a parser must survive.</summary>
    public static Gen<string> Mutated =>
        from vector in AnyVersion
        let text = vector.Canonical
        from position in Gen.Choose(0, text.Length - 1)
        from edit in Gen.Choose(0, 2)
        from c in Gen.Elements('/', ':', '(', ')', 'X', 'N', 'A', 'C', '3', '.', ' ', '\0', 'é', '\uD800')
        select edit switch
        {
            0 => text.Remove(position, 1).Insert(position, c.ToString()),
            1 => text.Insert(position, c.ToString()),
            _ => text.Remove(position, 1),
        };
}
