using MedVigil.Standards.Cvss;

namespace MedVigil.Standards.Tests.Cvss;

/// <summary>A rejected vector says what is wrong (code), where (0-based position in the text as given) and with what text.</summary>
public sealed class CvssParseErrorTests
{
    private const string V31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private const string V40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
    private const string V20 = "AV:N/AC:L/Au:N/C:P/I:P/A:P";

    [Theory]
    [InlineData("", CvssParseErrorCode.Empty, 0, "")] // nothing to parse
    [InlineData("CVSS:3.2/AV:N", CvssParseErrorCode.UnsupportedVersion, 0, "CVSS:3.2")] // no such version
    [InlineData("CVSS:2.0/" + V20, CvssParseErrorCode.UnsupportedVersion, 0, "CVSS:2.0")] // v2.0 vectors have no prefix
    [InlineData("CVSS:3.1", CvssParseErrorCode.UnsupportedVersion, 0, "CVSS:3.1")] // prefix without the '/' and metrics
    [InlineData("cvss:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorCode.UnknownMetric, 0, "cvss")] // lower case is no prefix: read as v2.0
    [InlineData(V31 + "/", CvssParseErrorCode.Malformed, 45, "")] // trailing '/'
    [InlineData("CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorCode.Malformed, 14, "")] // empty component
    [InlineData("CVSS:3.1/AVN/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorCode.Malformed, 9, "AVN")] // no ':'
    [InlineData("CVSS:3.1/:N/AC:L", CvssParseErrorCode.Malformed, 9, ":N")] // no metric name
    [InlineData(V31 + "/XX:Y", CvssParseErrorCode.UnknownMetric, 45, "XX")] // not a v3.1 metric
    [InlineData("CVSS:3.1/av:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorCode.UnknownMetric, 9, "av")] // names are case-sensitive
    [InlineData("CVSS:3.1/AV:N/AC:L/AT:N/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorCode.UnknownMetric, 19, "AT")] // a v4.0 metric in v3.1
    [InlineData(V31 + "/AV:L", CvssParseErrorCode.DuplicateMetric, 45, "AV")] // twice
    [InlineData(V31 + "/E:X/E:X", CvssParseErrorCode.DuplicateMetric, 49, "E")] // twice, even as Not Defined
    [InlineData("CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorCode.InvalidValue, 12, "Q")] // not an AV value
    [InlineData("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorCode.InvalidValue, 12, "X")] // Base metrics have no X
    [InlineData("CVSS:3.1/AV:n/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorCode.InvalidValue, 12, "n")] // values are case-sensitive
    [InlineData("CVSS:3.0/AV:N/AC:L/PR:U/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorCode.InvalidValue, 22, "U")] // PR:U is in FIRST's v3.0 schema pattern, not the specification
    [InlineData(V31 + "/E:ND", CvssParseErrorCode.InvalidValue, 47, "ND")] // v2.0's Not Defined in v3.1
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H", CvssParseErrorCode.MissingMetric, 40, "A")] // Base metric missing: position is the end
    [InlineData("CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", CvssParseErrorCode.OutOfOrder, 14, "AV")] // v4.0 fixes the order
    [InlineData(V40 + "/CR:H/E:A", CvssParseErrorCode.OutOfOrder, 69, "E")] // Threat before Environmental
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SA:N", CvssParseErrorCode.MissingMetric, 58, "SI")] // Base metric missing
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:S/SA:N", CvssParseErrorCode.InvalidValue, 57, "S")] // Safety only through MSI/MSA
    [InlineData(V40 + "/U:red", CvssParseErrorCode.InvalidValue, 66, "red")] // U values are words, case-sensitive
    [InlineData(V40 + "/SI:H", CvssParseErrorCode.DuplicateMetric, 64, "SI")] // twice (a duplicate, not out of order)
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P", CvssParseErrorCode.MissingMetric, 22, "A")] // v2.0 Base metric missing
    [InlineData("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", CvssParseErrorCode.UnknownMetric, 10, "PR")] // a v3 vector without its prefix is read as v2.0
    [InlineData("(" + V20, CvssParseErrorCode.Malformed, 0, "(")] // unclosed parenthesis
    [InlineData("(" + V20 + "/)", CvssParseErrorCode.Malformed, 28, "")] // trailing '/' inside the parentheses
    [InlineData(V20 + "/E:X", CvssParseErrorCode.InvalidValue, 29, "X")] // v3's Not Defined in v2.0
    [InlineData(" " + V20, CvssParseErrorCode.UnknownMetric, 0, " AV")] // no trimming: surrounding space is the caller's business
    public void ARejectedVectorSaysWhatWhereAndWhichText(string text, CvssParseErrorCode code, int position, string offending)
    {
        CvssVector.TryParse(text, out _, out var error).ShouldBeFalse();

        error.ShouldSatisfyAllConditions(
            () => error.Code.ShouldBe(code),
            () => error.Position.ShouldBe(position),
            () => error.Text.ShouldBe(offending),
            () => error.Message.ShouldContain($"position {position}"));
    }

    [Fact]
    public void AVectorLongerThanTheLimitIsRejectedBeforeParsing()
    {
        var text = V31 + string.Concat(Enumerable.Repeat("/E:X", 1100));

        CvssVector.TryParse(text, out _, out var error).ShouldBeFalse();

        (error.Code, error.Position).ShouldBe((CvssParseErrorCode.TooLong, CvssParseError.MaxLength));
    }

    [Fact]
    public void EachVersionsTypeRejectsTheOtherVersionsByPrefix()
    {
        Cvss2Vector.TryParse(V31, out _, out var v2Error).ShouldBeFalse();
        Cvss3Vector.TryParse(V40, out _, out var v3Error).ShouldBeFalse();
        Cvss3Vector.TryParse(V20, out _, out var v3BareError).ShouldBeFalse();
        Cvss4Vector.TryParse(V31, out _, out var v4Error).ShouldBeFalse();

        v2Error.ShouldSatisfyAllConditions(() => v2Error.Code.ShouldBe(CvssParseErrorCode.UnsupportedVersion), () => v2Error.Text.ShouldBe("CVSS:3.1"));
        v3Error.ShouldSatisfyAllConditions(() => v3Error.Code.ShouldBe(CvssParseErrorCode.UnsupportedVersion), () => v3Error.Text.ShouldBe("CVSS:4.0"));
        v3BareError.Code.ShouldBe(CvssParseErrorCode.UnsupportedVersion);
        v4Error.ShouldSatisfyAllConditions(() => v4Error.Code.ShouldBe(CvssParseErrorCode.UnsupportedVersion), () => v4Error.Message.ShouldContain("CVSS:4.0/"));
    }

    [Fact]
    public void ParseThrowsAFormatExceptionCarryingTheMessage()
    {
        var thrown = Should.Throw<FormatException>(() => Cvss3Vector.Parse("CVSS:3.1/AV:Q"));

        thrown.Message.ShouldBe("'Q' at position 12 is not a value of the CVSS v3.1 metric AV (allowed: N, A, L, P).");
    }

    [Fact]
    public void TheInvalidValueMessageListsTheAllowedValuesIncludingNotDefined()
    {
        CvssVector.TryParse(V20 + "/CDP:Q", out _, out var error).ShouldBeFalse();

        error.Message.ShouldBe("'Q' at position 31 is not a value of the CVSS v2.0 metric CDP (allowed: N, L, LM, MH, H, ND).");
    }

    [Fact]
    public void UsingADefaultVectorIsAProgrammingErrorNotAZeroScore()
    {
        Should.Throw<InvalidOperationException>(() => default(Cvss3Vector).BaseScore);
        Should.Throw<InvalidOperationException>(() => default(Cvss4Vector).ToString());
        Should.Throw<InvalidOperationException>(() => default(CvssVector).Score);
    }
}
