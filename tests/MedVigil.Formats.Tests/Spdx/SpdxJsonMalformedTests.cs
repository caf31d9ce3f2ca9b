using System.Text;
using MedVigil.Formats.Common;
using MedVigil.Formats.Spdx;

namespace MedVigil.Formats.Tests.Spdx;

/// <summary>Broken and hostile SPDX JSON: each problem is an issue with a JSON pointer, never an exception.</summary>
public sealed class SpdxJsonMalformedTests
{
    private const string Valid = """
        {
          "spdxVersion": "SPDX-2.3", "dataLicense": "CC0-1.0", "SPDXID": "SPDXRef-DOCUMENT",
          "name": "pump-firmware", "documentNamespace": "https://example.com/spdx/pump-1",
          "creationInfo": { "creators": ["Tool: test"], "created": "2024-05-01T10:00:00Z" },
          "packages": [
            { "SPDXID": "SPDXRef-fw", "name": "firmware", "versionInfo": "4.2", "downloadLocation": "NOASSERTION",
              "filesAnalyzed": false,
              "externalRefs": [
                { "referenceCategory": "PACKAGE_MANAGER", "referenceType": "purl", "referenceLocator": "pkg:generic/acme/firmware@4.2" },
                { "referenceCategory": "SECURITY", "referenceType": "cpe22Type", "referenceLocator": "cpe:/o:acme:firmware:4.2" } ] },
            { "SPDXID": "SPDXRef-ssl", "name": "openssl", "versionInfo": "3.0.7", "downloadLocation": "NONE" }
          ],
          "relationships": [
            { "spdxElementId": "SPDXRef-DOCUMENT", "relationshipType": "DESCRIBES", "relatedSpdxElement": "SPDXRef-fw" },
            { "spdxElementId": "SPDXRef-fw", "relationshipType": "DEPENDS_ON", "relatedSpdxElement": "SPDXRef-ssl" }
          ]
        }
        """;

    private static ReadResult<SpdxDocument> Read(string json, ReaderLimits? limits = null) =>
        SpdxReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), limits);

    /// <summary>The valid document with one piece of text replaced; the replacement must apply.</summary>
    private static ReadResult<SpdxDocument> ReadWith(string from, string to)
    {
        Valid.ShouldContain(from);
        return Read(Valid.Replace(from, to, StringComparison.Ordinal));
    }

    private static void ShouldHaveOnlyError(ReadResult<SpdxDocument> result, string location, string code)
    {
        result.IsValid.ShouldBeFalse();
        result.Errors.Select(i => (i.Location, i.Code)).ShouldBe([(location, code)], string.Join("; ", result.Issues));
    }

    [Fact]
    public void Read_ValidDocument_HasTypedPurlAndCpeInBothCategorySpellings()
    {
        var result = Read(Valid);

        result.Issues.ShouldBeEmpty();
        var firmware = result.Document!.Packages[0];
        firmware.Purls.ShouldBe(["pkg:generic/acme/firmware@4.2"]);
        firmware.Cpes.ShouldBe(["cpe:/o:acme:firmware:4.2"]);
        result.Document.Packages[1].FilesAnalyzed.ShouldBeTrue(); // absent means true
        result.Document.Relationships[1].ShouldBe(new SpdxRelationship("SPDXRef-fw", "DEPENDS_ON", "SPDXRef-ssl"));
    }

    [Fact]
    public void Read_TruncatedJson_IsASyntaxIssueWithItsLine()
    {
        var result = Read(Valid[..(Valid.Length / 2)]);

        result.Document.ShouldBeNull();
        var issue = result.Issues.ShouldHaveSingleItem();
        issue.Code.ShouldBe("json-syntax");
        issue.Location.ShouldStartWith("line ");
    }

    [Fact]
    public void Read_HundredLevelsOfNesting_IsADepthIssue()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 100)) + string.Concat(Enumerable.Repeat("]", 100));

        var result = Read(Valid.Replace("\"name\": \"pump-firmware\"", "\"name\": \"pump-firmware\", \"x\": " + deep, StringComparison.Ordinal));

        result.Document.ShouldBeNull();
        result.Issues.ShouldHaveSingleItem().Code.ShouldBe("limit-depth");
    }

    [Fact]
    public void Read_OverTheSizeLimit_IsASizeIssue()
    {
        var result = Read(Valid, ReaderLimits.Default with { MaxBytes = 100 });

        result.Document.ShouldBeNull();
        result.Issues.ShouldHaveSingleItem().Code.ShouldBe("limit-size");
    }

    [Fact]
    public void Read_TooManyPackages_IsAnItemsIssue()
    {
        var result = Read(Valid, ReaderLimits.Default with { MaxItems = 1 });

        ShouldHaveOnlyErrorAmong(result, "/packages", SpdxIssueCodes.LimitItems);
    }

    [Fact]
    public void Read_TooLongAString_IsAStringIssue()
    {
        var result = Read(Valid, ReaderLimits.Default with { MaxStringLength = 30 });

        // The namespace, 31 characters, is the only longer string; it then reads as missing.
        result.Errors.Select(i => (i.Location, i.Code)).ShouldBe([("/documentNamespace", SpdxIssueCodes.LimitString), ("", SpdxIssueCodes.Required)]);
    }

    private static void ShouldHaveOnlyErrorAmong(ReadResult<SpdxDocument> result, string location, string code) =>
        result.Errors.ShouldContain(i => i.Location == location && i.Code == code, string.Join("; ", result.Issues));

    [Theory]
    // Wrong types: each at its pointer.
    [InlineData("\"versionInfo\": \"4.2\"", "\"versionInfo\": 4.2", "/packages/0/versionInfo", SpdxIssueCodes.WrongType)]
    [InlineData("\"filesAnalyzed\": false", "\"filesAnalyzed\": \"no\"", "/packages/0/filesAnalyzed", SpdxIssueCodes.WrongType)]
    [InlineData("\"creators\": [\"Tool: test\"]", "\"creators\": \"Tool: test\"", "/creationInfo/creators", SpdxIssueCodes.WrongType)]
    // Required fields.
    [InlineData("\"name\": \"openssl\", ", "", "/packages/1", SpdxIssueCodes.Required)]
    [InlineData("\"downloadLocation\": \"NONE\"", "\"supplier\": \"Organization: OpenSSL\"", "/packages/1", SpdxIssueCodes.Required)]
    [InlineData("\"created\": \"2024-05-01T10:00:00Z\"", "\"created\": \"1 May 2024\"", "/creationInfo/created", SpdxIssueCodes.InvalidValue)]
    [InlineData("\"dataLicense\": \"CC0-1.0\"", "\"dataLicense\": \"MIT\"", "/dataLicense", SpdxIssueCodes.InvalidValue)]
    // Ids: unique, well formed, and every relationship end resolves.
    [InlineData("\"SPDXID\": \"SPDXRef-ssl\"", "\"SPDXID\": \"SPDXRef-fw\"", "/packages/1/SPDXID", SpdxIssueCodes.DuplicateId)]
    [InlineData("\"SPDXID\": \"SPDXRef-ssl\"", "\"SPDXID\": \"ssl\"", "/packages/1/SPDXID", SpdxIssueCodes.InvalidValue)]
    [InlineData("\"relatedSpdxElement\": \"SPDXRef-ssl\"", "\"relatedSpdxElement\": \"SPDXRef-zlib\"", "/relationships/1/relatedSpdxElement", SpdxIssueCodes.UnresolvedReference)]
    [InlineData("\"relatedSpdxElement\": \"SPDXRef-ssl\"", "\"relatedSpdxElement\": \"DocumentRef-os:SPDXRef-zlib\"", "/relationships/1/relatedSpdxElement", SpdxIssueCodes.UnresolvedReference)]
    [InlineData("\"spdxElementId\": \"SPDXRef-fw\"", "\"spdxElementId\": \"NOASSERTION\"", "/relationships/1/spdxElementId", SpdxIssueCodes.UnresolvedReference)]
    [InlineData("\"relationshipType\": \"DEPENDS_ON\", ", "", "/relationships/1/relationshipType", SpdxIssueCodes.Required)]
    // External references: a known category, and purl/CPE locators that look like them.
    [InlineData("\"PACKAGE_MANAGER\"", "\"PACKAGE\"", "/packages/0/externalRefs/0/referenceCategory", SpdxIssueCodes.InvalidValue)]
    [InlineData("\"pkg:generic/acme/firmware@4.2\"", "\"generic/acme/firmware@4.2\"", "/packages/0/externalRefs/0", SpdxIssueCodes.InvalidValue)]
    [InlineData("\"cpe:/o:acme:firmware:4.2\"", "\"acme firmware\"", "/packages/0/externalRefs/1", SpdxIssueCodes.InvalidValue)]
    public void Read_OneDefect_IsFirstAnErrorAtItsPointer(string from, string to, string location, string code)
    {
        var result = ReadWith(from, to);

        // Consequences may follow (a renamed package leaves its relationship dangling), but the defect comes first.
        result.IsValid.ShouldBeFalse();
        result.Errors.Select(i => (i.Location, i.Code)).First().ShouldBe((location, code), string.Join("; ", result.Issues));
    }

    [Fact]
    public void Read_RelationshipToNoneOrADeclaredExternalDocument_Resolves()
    {
        var json = Valid
            .Replace("\"relatedSpdxElement\": \"SPDXRef-ssl\"", "\"relatedSpdxElement\": \"DocumentRef-os:SPDXRef-zlib\"", StringComparison.Ordinal)
            .Replace("\"packages\": [", """
                "externalDocumentRefs": [ { "externalDocumentId": "DocumentRef-os", "spdxDocument": "https://example.com/os",
                  "checksum": { "algorithm": "SHA1", "checksumValue": "d6a770ba38583ed4bb4525bd96e50461655d2759" } } ],
                "documentDescribes": [ "SPDXRef-fw" ],
                "packages": [
                """, StringComparison.Ordinal)
            .Replace("\"relatedSpdxElement\": \"SPDXRef-fw\"", "\"relatedSpdxElement\": \"NONE\"", StringComparison.Ordinal);

        var result = Read(json);

        result.Issues.ShouldBeEmpty();
        result.Document!.ExternalDocumentRefs.ShouldHaveSingleItem().ExternalDocumentId.ShouldBe("DocumentRef-os");
    }

    [Theory]
    [InlineData("SPDX-2.1")]
    [InlineData("SPDX-3.0")]
    public void Read_OtherVersion_IsRefusedAsUnsupported(string version)
    {
        var result = ReadWith("\"SPDX-2.3\"", $"\"{version}\"");

        result.Document.ShouldBeNull();
        ShouldHaveOnlyError(result, "/spdxVersion", SpdxIssueCodes.UnsupportedVersion);
    }

    [Fact]
    public void Read_JsonLdDocument_IsRefusedAsSpdx3()
    {
        var result = Read("""{ "@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld", "@graph": [] }""");

        result.Document.ShouldBeNull();
        result.Issues.ShouldHaveSingleItem().Message.ShouldContain("SPDX 3");
    }

    [Fact]
    public void Read_Spdx22PackageWithoutLicensing_HasTheFieldsThatVersionRequires()
    {
        var result = ReadWith("\"SPDX-2.3\"", "\"SPDX-2.2\"");

        // Both packages miss licenseConcluded, licenseDeclared and copyrightText; the second also the verification code.
        result.Errors.Select(i => i.Message).ShouldBe(
        [
            "licenseConcluded is missing (required by SPDX-2.2)",
            "licenseDeclared is missing (required by SPDX-2.2)",
            "copyrightText is missing (required by SPDX-2.2)",
            "licenseConcluded is missing (required by SPDX-2.2)",
            "licenseDeclared is missing (required by SPDX-2.2)",
            "copyrightText is missing (required by SPDX-2.2)",
            "packageVerificationCode is missing (required by SPDX-2.2 when filesAnalyzed is true)",
        ]);
        result.Errors.Select(i => i.Location).Distinct().ShouldBe(["/packages/0", "/packages/1"]);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"SPDX-2.3\"")]
    [InlineData("{}")]
    public void Read_NotADocumentObject_IsAnIssueNotAnException(string json)
    {
        var result = Read(json);

        result.IsValid.ShouldBeFalse();
        result.Issues.ShouldNotBeEmpty();
    }
}
