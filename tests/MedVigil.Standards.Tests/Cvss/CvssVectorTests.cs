using MedVigil.Standards.Cvss;

namespace MedVigil.Standards.Tests.Cvss;

/// <summary>The value-type behaviour of the vector types: version detection, equality, metric access, scores.</summary>
public sealed class CvssVectorTests
{
    [Theory]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:P", CvssVersion.V20, "AV:N/AC:L/Au:N/C:P/I:P/A:P")] // bare v2.0, as NVD's JSON feeds write it
    [InlineData("(AV:N/AC:L/Au:N/C:P/I:P/A:P)", CvssVersion.V20, "AV:N/AC:L/Au:N/C:P/I:P/A:P")] // parenthesised, as NVD's old feeds wrote it
    [InlineData("CVSS:3.0/S:U/AV:N/AC:L/PR:H/UI:N/C:L/I:L/A:N/E:F/RL:X", CvssVersion.V30, "CVSS:3.0/AV:N/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:N/E:F")] // vectors_calculator3: any order, X dropped
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssVersion.V31, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:X", CvssVersion.V40, "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")]
    public void TheCommonTypeRecognisesTheVersionAndPrintsTheCanonicalForm(string text, CvssVersion version, string canonical)
    {
        var vector = CvssVector.Parse(text);

        vector.ShouldSatisfyAllConditions(
            () => vector.Version.ShouldBe(version),
            () => vector.ToString().ShouldBe(canonical),
            () => (vector.Cvss2 is not null).ShouldBe(version == CvssVersion.V20),
            () => (vector.Cvss3 is not null).ShouldBe(version is CvssVersion.V30 or CvssVersion.V31),
            () => (vector.Cvss4 is not null).ShouldBe(version == CvssVersion.V40));
    }

    [Fact]
    public void VectorsThatMeanTheSameAreEqualAndHashAlike()
    {
        var canonical = Cvss3Vector.Parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
        var reordered = Cvss3Vector.Parse("CVSS:3.1/A:H/I:H/C:H/S:U/UI:N/PR:N/AC:L/AV:N/E:X/MAV:X");

        reordered.ShouldBe(canonical);
        reordered.GetHashCode().ShouldBe(canonical.GetHashCode());
    }

    [Fact]
    public void TheSameMetricsUnderAnotherMinorVersionAreAnotherVector() =>
        Cvss3Vector.Parse("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")
            .ShouldNotBe(Cvss3Vector.Parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));

    [Fact]
    public void GetMetricGivesTheValueOrNullForNotDefinedAndRejectsUnknownNames()
    {
        var vector = Cvss2Vector.Parse("AV:N/AC:L/Au:N/C:P/I:P/A:P/E:POC/RL:ND");

        vector.ShouldSatisfyAllConditions(
            () => vector.GetMetric("Au").ShouldBe("N"),
            () => vector.GetMetric("E").ShouldBe("POC"),
            () => vector.GetMetric("RL").ShouldBeNull(),
            () => Should.Throw<ArgumentException>(() => vector.GetMetric("PR")));
    }

    [Fact]
    public void TheCommonTypeGivesTheHeadlineScoreAndTheVersionsOwnRating()
    {
        CvssVector.Parse("AV:N/AC:L/Au:N/C:C/I:C/A:C").ShouldSatisfyAllConditions(
            v => v.Score.ToString().ShouldBe("10.0"),
            v => v.Severity.ShouldBe(CvssSeverity.High));
        CvssVector.Parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/E:U").ShouldSatisfyAllConditions(
            v => v.Score.ToString().ShouldBe("10.0"), // the Base score, not the Temporal one
            v => v.Severity.ShouldBe(CvssSeverity.Critical));
        CvssVector.Parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U").Score.ToString()
            .ShouldBe(Cvss4Vector.Parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U").Score.ToString());
    }

    [Theory]
    [InlineData(Cvss4Nomenclature.Base, "CVSS-B")]
    [InlineData(Cvss4Nomenclature.BaseThreat, "CVSS-BT")]
    [InlineData(Cvss4Nomenclature.BaseEnvironmental, "CVSS-BE")]
    [InlineData(Cvss4Nomenclature.BaseThreatEnvironmental, "CVSS-BTE")]
    public void TheNomenclatureHasTheSpecificationsLabel(Cvss4Nomenclature nomenclature, string label) =>
        nomenclature.ToLabel().ShouldBe(label);

    [Fact]
    public void AScoreHoldsTenthsExactlyAndPrintsWithOneDecimal()
    {
        var score = CvssScore.FromValue(9.8m);

        score.ShouldSatisfyAllConditions(
            () => score.Tenths.ShouldBe(98),
            () => score.Value.ShouldBe(9.8m),
            () => score.ToString().ShouldBe("9.8"),
            () => CvssScore.FromTenths(0).ToString().ShouldBe("0.0"),
            () => CvssScore.FromTenths(100).ToString().ShouldBe("10.0"),
            () => (CvssScore.FromTenths(40) < score).ShouldBeTrue());
    }

    [Theory]
    [InlineData("-0.1")]
    [InlineData("10.1")]
    [InlineData("9.85")]
    public void AScoreOutsideZeroToTenOrWithTwoDecimalsIsRefused(string value) =>
        Should.Throw<ArgumentOutOfRangeException>(() => CvssScore.FromValue(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
}
