using MedVigil.Standards.Cvss;

namespace MedVigil.Standards.Tests.Cvss;

/// <summary>
/// Scores beyond the RedHat files, which hold mostly Base vectors: Temporal and Environmental v2.0/v3.x scores,
/// v4.0 Threat/Environmental/Supplemental metrics, ratings and the rounding rules.
/// </summary>
public sealed class CvssScoringTests
{
    [Theory]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "9.8", "9.8", "9.8", CvssSeverity.Critical)] // the commonest Critical
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", "7.5", "7.5", "7.5", CvssSeverity.High)] // Heartbleed, a specification example
    [InlineData("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:N/I:N/A:N", "0.0", "0.0", "0.0", CvssSeverity.None)] // no impact scores 0.0, rated None
    // Environmental and Temporal cases cross-checked with RedHatProductSecurity/cvss tests/vectors_cvsslib3:
    [InlineData("CVSS:3.0/AV:L/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N/MAV:A/MAC:L/MPR:N/MUI:N/MS:U/MC:N/MI:N/MA:N", "4.6", "4.6", "0.0", CvssSeverity.Medium)] // no modified impact: 0.0
    [InlineData("CVSS:3.0/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:N/A:H/E:H/RL:W/RC:U/CR:H/IR:H/AR:M/MAV:L/MAC:L/MPR:H/MUI:N/MS:C/MC:N/MI:H/MA:L", "5.8", "5.2", "7.4", CvssSeverity.Medium)] // every group, Modified Scope changed
    [InlineData("CVSS:3.0/AV:L/AC:H/PR:L/UI:N/S:C/C:H/I:H/A:L/E:U/RL:U/RC:R/CR:M/MPR:L/MUI:R/MI:N/MA:H", "7.7", "6.8", "6.3", CvssSeverity.High)] // partial Modified metrics
    [InlineData("CVSS:3.0/AV:L/AC:H/PR:H/UI:N/S:C/C:N/I:H/A:N/E:P/RL:U/RC:U/CR:H/IR:L/AR:H/MAV:L/MUI:R/MS:C/MC:N/MI:L/MA:N", "5.3", "4.6", "1.3", CvssSeverity.Medium)] // low Requirement
    // v3.1 changed the Modified Impact for Scope changed (× 0.9731, power 13): the same vector scores 9.1 in v3.1, 9.0 in v3.0.
    [InlineData("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:C/C:L/I:L/A:H/IR:H/AR:H/MAC:H/MS:C/MI:H/MA:L", "8.1", "8.1", "9.1", CvssSeverity.High)]
    [InlineData("CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:C/C:L/I:L/A:H/IR:H/AR:H/MAC:H/MS:C/MI:H/MA:L", "8.1", "8.1", "9.0", CvssSeverity.High)]
    public void AV3VectorScoresPerItsVersionsEquations(string text, string baseScore, string temporal, string environmental, CvssSeverity severity)
    {
        var vector = Cvss3Vector.Parse(text);

        vector.ShouldSatisfyAllConditions(
            () => vector.BaseScore.ToString().ShouldBe(baseScore),
            () => vector.TemporalScore.ToString().ShouldBe(temporal),
            () => vector.EnvironmentalScore.ToString().ShouldBe(environmental),
            () => vector.Severity.ShouldBe(severity));
    }

    [Theory]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:P", "7.5", null, null, CvssSeverity.High)] // the classic NVD v2 example
    [InlineData("AV:N/AC:L/Au:N/C:C/I:C/A:C", "10.0", null, null, CvssSeverity.High)] // v2.0 has no Critical
    [InlineData("AV:L/AC:H/Au:M/C:N/I:N/A:N", "0.0", null, null, CvssSeverity.Low)] // ... and no None
    // Cross-checked with RedHatProductSecurity/cvss tests/vectors_cvsslib2:
    [InlineData("AV:L/AC:M/Au:S/C:N/I:P/A:C/E:U/RL:OF/RC:UR/CDP:N/TD:L/CR:H/IR:H/AR:H", "5.0", "3.5", "1.2", CvssSeverity.Medium)]
    [InlineData("AV:N/AC:M/Au:M/C:C/I:N/A:P/RL:W/RC:UC/CDP:LM/TD:M/CR:L/IR:L/AR:L", "6.4", "5.5", "4.0", CvssSeverity.Medium)]
    [InlineData("AV:L/AC:L/Au:S/C:P/I:P/A:P/E:U/RC:C/CDP:LM/TD:L/IR:H/AR:M", "4.3", "3.7", "1.5", CvssSeverity.Medium)]
    // Requirements push the AdjustedBase below zero (-0.2); the Guide's equations carry it on: 0.8, not 1.0.
    [InlineData("AV:L/AC:H/Au:M/C:N/I:N/A:P/RL:W/RC:UR/CDP:L/IR:L/AR:L", "0.8", "0.7", "0.8", CvssSeverity.Low)]
    public void AV2VectorScoresPerTheGuidesEquations(string text, string baseScore, string? temporal, string? environmental, CvssSeverity severity)
    {
        var vector = Cvss2Vector.Parse(text);

        vector.ShouldSatisfyAllConditions(
            () => vector.BaseScore.ToString().ShouldBe(baseScore),
            () => vector.HasTemporalMetrics.ShouldBe(temporal is not null),
            () => vector.HasEnvironmentalMetrics.ShouldBe(environmental is not null),
            () => (temporal is null ? null : vector.TemporalScore.ToString()).ShouldBe(temporal),
            () => (environmental is null ? null : vector.EnvironmentalScore.ToString()).ShouldBe(environmental),
            () => vector.Severity.ShouldBe(severity));
    }

    [Theory]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", "9.3", Cvss4Nomenclature.Base, "000200")] // a MacroVector's own highest score
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N", "8.7", Cvss4Nomenclature.Base, "001200")] // RedHat test_cvss4.py
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N/AR:L", "7.9", Cvss4Nomenclature.BaseEnvironmental, "001201")] // RedHat: AR:L leaves EQ6 0
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/MSI:H", "7.7", Cvss4Nomenclature.BaseEnvironmental, "002101")] // RedHat: a Modified impact lifts the all-None shortcut
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N", "0.0", Cvss4Nomenclature.Base, "002201")] // no impact at all: 0.0
    [InlineData("CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:U", "4.1", Cvss4Nomenclature.BaseThreat, "210120")] // vectors_threat4
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:P/CR:L", "8.8", Cvss4Nomenclature.BaseThreatEnvironmental, "000210")] // Threat and Environmental
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSI:S", "10.0", Cvss4Nomenclature.BaseEnvironmental, "000000")] // Safety: EQ4 level 0
    [InlineData("CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSI:S/MSA:S", "9.7", Cvss4Nomenclature.BaseEnvironmental, "100000")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U/MAV:P/MPR:H", "4.0", Cvss4Nomenclature.BaseThreatEnvironmental, "200220")] // Modified exploitability
    // The exact result is 5.65: binary doubles give 5.6499999…, which rounds to 5.6 (vectors_simple4 expects 5.7).
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:P/PR:H/UI:A/VC:N/VI:H/VA:L/SC:N/SI:N/SA:L", "5.7", Cvss4Nomenclature.Base, "111200")]
    public void AV4VectorScoresByTheMacroVectorMethod(string text, string score, Cvss4Nomenclature nomenclature, string macroVector)
    {
        var vector = Cvss4Vector.Parse(text);

        vector.ShouldSatisfyAllConditions(
            () => vector.Score.ToString().ShouldBe(score),
            () => vector.Nomenclature.ShouldBe(nomenclature),
            () => vector.MacroVector.ToString().ShouldBe(macroVector),
            () => vector.Severity.ShouldBe(vector.Score.Severity));
    }

    [Fact]
    public void SupplementalMetricsRoundTripButNeverChangeTheScoreOrItsName()
    {
        const string Base = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
        var supplemented = Cvss4Vector.Parse(Base + "/S:P/AU:Y/R:I/V:C/RE:H/U:Amber");

        supplemented.ShouldSatisfyAllConditions(
            () => supplemented.Score.ShouldBe(Cvss4Vector.Parse(Base).Score),
            () => supplemented.Nomenclature.ShouldBe(Cvss4Nomenclature.Base),
            () => supplemented.GetMetric("U").ShouldBe("Amber"),
            () => supplemented.ToString().ShouldBe(Base + "/S:P/AU:Y/R:I/V:C/RE:H/U:Amber"));
    }

    [Theory]
    [InlineData(CvssVersion.V30, "4.000001", "4.1")] // v3.0: anything above x.y rounds up
    [InlineData(CvssVersion.V31, "4.000001", "4.0")] // v3.1: rounded to five decimals first, so float noise stays x.y
    [InlineData(CvssVersion.V31, "4.000004", "4.0")]
    [InlineData(CvssVersion.V31, "4.000005", "4.1")] // half rounds away from zero, then up
    [InlineData(CvssVersion.V31, "4.02", "4.1")] // the specification's example
    [InlineData(CvssVersion.V30, "4.00", "4.0")]
    [InlineData(CvssVersion.V31, "4.00", "4.0")]
    public void RoundupFollowsEachVersionsDefinition(CvssVersion version, string input, string expected) =>
        Cvss3Scoring.Roundup(version, decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(0, CvssSeverity.None)]
    [InlineData(1, CvssSeverity.Low)]
    [InlineData(39, CvssSeverity.Low)]
    [InlineData(40, CvssSeverity.Medium)]
    [InlineData(69, CvssSeverity.Medium)]
    [InlineData(70, CvssSeverity.High)]
    [InlineData(89, CvssSeverity.High)]
    [InlineData(90, CvssSeverity.Critical)]
    [InlineData(100, CvssSeverity.Critical)]
    public void TheV3AndV4RatingBandsMeetAtTheirEdges(int tenths, CvssSeverity severity) =>
        CvssScore.FromTenths(tenths).Severity.ShouldBe(severity);

    [Fact]
    public void EveryCombinationOfTheDistanceMetricsFindsAHighestSeverityVector()
    {
        // The calculator falls back to its last candidate when no highest-severity vector is at least as severe;
        // with the specification's tables that never happens, and the scorer relies on it. Walk every class.
        var scored = 0;
        foreach (var (av, pr, ui) in Combine(["N", "A", "L", "P"], ["N", "L", "H"], ["N", "P", "A"]))
        {
            scored += Scores($"AV:{av}/AC:L/AT:N/PR:{pr}/UI:{ui}/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H");
        }

        foreach (var (ac, at, _) in Combine(["L", "H"], ["N", "P"], [""]))
        {
            scored += Scores($"AV:N/AC:{ac}/AT:{at}/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H");
        }

        foreach (var (vc, vi, va) in Combine(["H", "L", "N"], ["H", "L", "N"], ["H", "L", "N"]))
        {
            foreach (var (cr, ir, ar) in Combine(["H", "M", "L"], ["H", "M", "L"], ["H", "M", "L"]))
            {
                scored += Scores($"AV:N/AC:L/AT:N/PR:N/UI:N/VC:{vc}/VI:{vi}/VA:{va}/SC:H/SI:H/SA:H/CR:{cr}/IR:{ir}/AR:{ar}");
            }
        }

        foreach (var (sc, msi, msa) in Combine(["H", "L", "N"], ["S", "H", "L", "N"], ["S", "H", "L", "N"]))
        {
            scored += Scores($"AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:{sc}/SI:N/SA:N/MSI:{msi}/MSA:{msa}");
        }

        scored.ShouldBe(36 + 4 + 729 + 48);
    }

    private static int Scores(string metrics) => Cvss4Vector.Parse("CVSS:4.0/" + metrics).Score.Tenths is >= 0 and <= 100 ? 1 : 0;

    private static IEnumerable<(string, string, string)> Combine(string[] a, string[] b, string[] c) =>
        from x in a from y in b from z in c select (x, y, z);
}
