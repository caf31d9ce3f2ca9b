using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedVigil.Standards.Cvss;

namespace MedVigil.Standards.Tests.Cvss;

/// <summary>parse ∘ print is the identity on canonical vectors of every version, over generated metric values.</summary>
public sealed class CvssRoundTripPropertyTests
{
    /// <summary>Each version's own type, parse then print.</summary>
    private static readonly Dictionary<CvssSpecMetrics, Func<string, string>> ParseAndPrint = new()
    {
        [CvssSpecMetrics.V20] = text => Cvss2Vector.Parse(text).ToString(),
        [CvssSpecMetrics.V30] = text => Cvss3Vector.Parse(text).ToString(),
        [CvssSpecMetrics.V31] = text => Cvss3Vector.Parse(text).ToString(),
        [CvssSpecMetrics.V40] = text => Cvss4Vector.Parse(text).ToString(),
    };

    [Property(MaxTest = 1000)]
    public Property ACanonicalVectorPrintsBackUnchangedThroughItsVersionsOwnType() =>
        Prop.ForAll(CvssVectorGenerators.AnyVersion.ToArbitrary(), v => ParseAndPrint[v.Version](v.Canonical) == v.Canonical);

    [Property(MaxTest = 500)]
    public Property AVectorOfAnyVersionPrintsBackUnchangedThroughTheCommonType() =>
        Prop.ForAll(CvssVectorGenerators.AnyVersion.ToArbitrary(), v => CvssVector.Parse(v.Canonical).ToString() == v.Canonical);

    [Property(MaxTest = 300)]
    public Property TheParenthesisedNvdFormOfAV2VectorPrintsAsTheBareForm() =>
        Prop.ForAll(CvssVectorGenerators.Arbitrary(CvssSpecMetrics.V20), v => Cvss2Vector.Parse($"({v.Canonical})").ToString() == v.Canonical);

    [Property(MaxTest = 300)]
    public Property V2AndV3VectorsMayListTheirMetricsInAnyOrder() =>
        Prop.ForAll(
            (from version in Gen.Elements(CvssSpecMetrics.V20, CvssSpecMetrics.V30, CvssSpecMetrics.V31)
             from vector in CvssVectorGenerators.Canonical(version)
             from shuffled in Gen.Shuffle(vector.Components)
             select (vector, shuffled: vector.With(shuffled))).ToArbitrary(),
            t => CvssVector.Parse(t.shuffled) == CvssVector.Parse(t.vector.Canonical)
                 && CvssVector.Parse(t.shuffled).ToString() == t.vector.Canonical);

    [Property(MaxTest = 300)]
    public Property AV4VectorWithTwoMetricsSwappedIsRejectedAsOutOfOrder() =>
        Prop.ForAll(
            (from vector in CvssVectorGenerators.Canonical(CvssSpecMetrics.V40)
             from i in Gen.Choose(0, vector.Components.Length - 2)
             select vector.With([.. vector.Components[..i], vector.Components[i + 1], vector.Components[i], .. vector.Components[(i + 2)..]]))
            .ToArbitrary(),
            swapped => !Cvss4Vector.TryParse(swapped, out _, out var error) && error.Code == CvssParseErrorCode.OutOfOrder);

    [Property(MaxTest = 300)]
    public Property ExplicitNotDefinedValuesMeanTheSameVectorAndLeaveTheCanonicalForm() =>
        Prop.ForAll(
            CvssVectorGenerators.AnyVersion.ToArbitrary(),
            v =>
            {
                var present = v.Components.Select(c => c[..c.IndexOf(':', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
                var withNotDefined = v.Version.Metrics
                    .Select(m => present.Contains(m.Name) ? v.Components.Single(c => c.StartsWith(m.Name + ":", StringComparison.Ordinal))
                        : m.Mandatory ? null : $"{m.Name}:{v.Version.NotDefined}")
                    .OfType<string>();
                return CvssVector.Parse(v.With(withNotDefined)).ToString() == v.Canonical;
            });

    [Property(MaxTest = 2000)]
    public Property AParserNeverThrowsOnMangledInputAndWhatItAcceptsRoundTrips() =>
        Prop.ForAll(
            CvssVectorGenerators.Mutated.ToArbitrary(),
            text => !CvssVector.TryParse(text, out var vector, out var error)
                ? error.Position >= 0 && error.Position <= text.Length && error.Message.Length > 0
                : CvssVector.Parse(vector.ToString()) == vector && vector.Score.Tenths is >= 0 and <= 100);
}
