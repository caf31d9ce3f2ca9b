using MedVigil.Formats.Common;
using MedVigil.Formats.CycloneDx;

namespace MedVigil.Formats.Tests.CycloneDx;

/// <summary>Untrusted input: every broken or oversized document gives a clear issue with a location, never an exception.</summary>
public sealed class CycloneDxMalformedInputTests
{
    [Fact]
    public void TruncatedJson_IsASyntaxIssueWithItsLine()
    {
        var result = Some.Read(Some.DeviceVex[..200]);

        result.Document.ShouldBeNull();
        var issue = Some.SingleError(result);
        issue.Code.ShouldBe("json-syntax");
        issue.Location.ShouldStartWith("line ");
    }

    [Fact]
    public void TruncatedXml_IsASyntaxIssueWithItsLineAndColumn()
    {
        var result = Some.Read(Some.DeviceXml[..300]);

        var issue = Some.SingleError(result);
        issue.Code.ShouldBe("xml-syntax");
        issue.Location.ShouldMatch(@"^line \d+, column \d+$");
    }

    [Theory]
    [InlineData("\"components\": \"none\"", "/components")]
    [InlineData("\"components\": [{ \"type\": \"library\", \"name\": 42 }]", "/components/0/name")]
    [InlineData("\"components\": [7]", "/components/0")]
    [InlineData("\"metadata\": []", "/metadata")]
    [InlineData("\"vulnerabilities\": [{ \"id\": \"CVE-1\", \"cwes\": [\"CWE-79\"] }]", "/vulnerabilities/0/cwes/0")]
    [InlineData("\"vulnerabilities\": [{ \"id\": \"CVE-1\", \"ratings\": [{ \"score\": \"high\" }] }]", "/vulnerabilities/0/ratings/0/score")]
    [InlineData("\"components\": [{ \"type\": \"library\", \"bom-ref\": \"a\", \"name\": \"a\" }], \"dependencies\": [{ \"ref\": \"a\", \"dependsOn\": \"a\" }]", "/dependencies/0/dependsOn")]
    public void AValueOfTheWrongType_IsAnIssueAtItsPointer(string members, string location)
    {
        var result = Some.Read(Some.Bom(members));

        var issue = Some.SingleError(result);
        (issue.Code, issue.Location).ShouldBe(("type", location));
    }

    [Fact]
    public void ANonObjectDocument_IsRefused()
    {
        var result = Some.Read("[1, 2, 3]");

        result.Document.ShouldBeNull();
        Some.SingleError(result).Code.ShouldBe("type");
    }

    [Fact]
    public void HundredLevelJsonNesting_IsADepthIssue()
    {
        static string Nest(int levels) => levels == 0 ? "[]" : $$"""[{ "type": "library", "name": "n", "components": {{Nest(levels - 1)}} }]""";

        var result = Some.Read(Some.Bom("\"components\": " + Nest(100)));

        result.Document.ShouldBeNull();
        Some.SingleError(result).Code.ShouldBe("limit-depth");
    }

    [Fact]
    public void HundredLevelXmlNesting_IsADepthIssue()
    {
        var open = string.Concat(Enumerable.Repeat("<components><component type=\"library\"><name>n</name>", 100));
        var close = string.Concat(Enumerable.Repeat("</component></components>", 100));

        var result = Some.Read($"""<bom xmlns="http://cyclonedx.org/schema/bom/1.4" version="1">{open}{close}</bom>""");

        result.Document.ShouldBeNull();
        var issue = Some.SingleError(result);
        issue.Code.ShouldBe("limit-depth");
        issue.Location.ShouldStartWith("line 1, column ");
    }

    [Fact]
    public void AnXmlDtd_IsRefused_SoNoEntityIsExpanded()
    {
        var result = Some.Read("""
            <?xml version="1.0"?>
            <!DOCTYPE bom [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
            <bom xmlns="http://cyclonedx.org/schema/bom/1.4" version="1"><components><component type="library"><name>&lol2;</name></component></components></bom>
            """);

        result.Document.ShouldBeNull();
        Some.SingleError(result).Code.ShouldBe("xml-syntax");
    }

    [Fact]
    public void XmlOfAnotherNamespace_IsRefused()
    {
        var result = Some.Read("""<bom xmlns="http://example.com/not-cyclonedx" version="1"/>""");

        Some.SingleError(result).Code.ShouldBe("bom-format");
    }

    [Fact]
    public void ADocumentOverTheSizeLimit_IsRefusedBeforeParsing()
    {
        var result = Some.Read(Some.DeviceVex, ReaderLimits.Default with { MaxBytes = 1000 });

        result.Document.ShouldBeNull();
        Some.SingleError(result).Code.ShouldBe("limit-size");
    }

    [Fact]
    public void TooManyComponents_IsAnItemsIssue()
    {
        var result = Some.Read(Some.DeviceVex, ReaderLimits.Default with { MaxItems = 1 });

        result.Errors.ShouldContain(i => i.Code == "limit-items" && i.Location == "/components");
    }

    [Fact]
    public void ATooLongString_IsAStringIssue()
    {
        var result = Some.Read(Some.DeviceVex, ReaderLimits.Default with { MaxStringLength = 50 });

        result.Errors.ShouldContain(i => i.Code == "limit-string" && i.Location == "/vulnerabilities/0/description");
    }

    [Fact]
    public void AnEmptyInput_IsASyntaxIssue()
    {
        var result = Some.Read("");

        Some.SingleError(result).Code.ShouldBe("json-syntax");
    }
}
