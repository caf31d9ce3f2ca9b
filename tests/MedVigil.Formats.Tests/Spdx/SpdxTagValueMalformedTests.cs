using System.Text;
using MedVigil.Formats.Common;
using MedVigil.Formats.Spdx;

namespace MedVigil.Formats.Tests.Spdx;

/// <summary>Broken SPDX tag-value: each problem is an issue located as <c>line N, column K</c>, never an exception.</summary>
public sealed class SpdxTagValueMalformedTests
{
    // Line numbers matter below: line 1 is SPDXVersion.
    private const string Valid = """
        SPDXVersion: SPDX-2.3
        DataLicense: CC0-1.0
        SPDXID: SPDXRef-DOCUMENT
        DocumentName: pump-firmware
        DocumentNamespace: https://example.com/spdx/pump-1
        Creator: Tool: test
        Created: 2024-05-01T10:00:00Z
        # a comment, and an empty line

        PackageName: firmware
        SPDXID: SPDXRef-fw
        PackageVersion: 4.2
        PackageDownloadLocation: NOASSERTION
        FilesAnalyzed: false
        PackageCopyrightText: <text>Copyright Acme
        Medical</text>
        ExternalRef: PACKAGE-MANAGER purl pkg:generic/acme/firmware@4.2
        ExternalRef: SECURITY cpe23Type cpe:2.3:o:acme:firmware:4.2:*:*:*:*:*:*:*
        ExternalRefComment: the vendor's CPE
        PackageName: openssl
        SPDXID: SPDXRef-ssl
        PackageDownloadLocation: NONE
        Relationship: SPDXRef-DOCUMENT DESCRIBES SPDXRef-fw
        Relationship: SPDXRef-fw DEPENDS_ON SPDXRef-ssl
        """;

    private static ReadResult<SpdxDocument> Read(string text, ReaderLimits? limits = null) =>
        SpdxReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), limits);

    private static ReadResult<SpdxDocument> ReadWith(string from, string to)
    {
        Valid.ShouldContain(from);
        return Read(Valid.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ValidDocument_ReadsPackagesRefsAndMultiLineText()
    {
        var result = Read(Valid);

        result.Issues.ShouldBeEmpty();
        var document = result.Document!;
        document.Syntax.ShouldBe(SpdxSyntax.TagValue);
        document.CreationInfo.Creators.ShouldBe(["Tool: test"]);
        var firmware = document.Packages[0];
        firmware.CopyrightText.ShouldBe("Copyright Acme\nMedical");
        firmware.Purls.ShouldBe(["pkg:generic/acme/firmware@4.2"]);
        firmware.Cpes.ShouldBe(["cpe:2.3:o:acme:firmware:4.2:*:*:*:*:*:*:*"]);
        firmware.ExternalRefs[1].Comment.ShouldBe("the vendor's CPE");
        firmware.FilesAnalyzed.ShouldBeFalse();
        document.Packages[1].Name.ShouldBe("openssl");
        document.Relationships.ShouldBe([new("SPDXRef-DOCUMENT", "DESCRIBES", "SPDXRef-fw"), new("SPDXRef-fw", "DEPENDS_ON", "SPDXRef-ssl")]);
    }

    [Theory]
    // Syntax: a line that is not "Tag: value", a tag outside its element, a malformed structured value.
    [InlineData("PackageVersion: 4.2", "PackageVersion 4.2", "line 12, column 1", SpdxIssueCodes.TagValueSyntax)]
    [InlineData("Created: 2024-05-01T10:00:00Z", "Created: 2024-05-01T10:00:00Z\nPackageVersion: 1", "line 8, column 1", SpdxIssueCodes.TagValueSyntax)]
    [InlineData("Relationship: SPDXRef-fw DEPENDS_ON SPDXRef-ssl", "Relationship: SPDXRef-fw DEPENDS_ON", "line 24, column 15", SpdxIssueCodes.TagValueSyntax)]
    [InlineData("ExternalRef: PACKAGE-MANAGER purl pkg", "ExternalRef: PACKAGE purl pkg", "line 17, column 14", SpdxIssueCodes.InvalidValue)]
    [InlineData("FilesAnalyzed: false", "FilesAnalyzed: no", "line 14, column 16", SpdxIssueCodes.InvalidValue)]
    [InlineData("PackageVersion: 4.2", "PackageVersion: 4.2\nPackageVersion: 4.3", "line 13, column 1", SpdxIssueCodes.InvalidValue)]
    // Checks shared with JSON, located by line and column.
    [InlineData("SPDXID: SPDXRef-ssl", "SPDXID: SPDXRef-fw", "line 21, column 9", SpdxIssueCodes.DuplicateId)]
    [InlineData("DEPENDS_ON SPDXRef-ssl", "DEPENDS_ON SPDXRef-zlib", "line 24, column 37", SpdxIssueCodes.UnresolvedReference)]
    [InlineData("Relationship: SPDXRef-fw", "Relationship: NONE", "line 24, column 15", SpdxIssueCodes.UnresolvedReference)]
    [InlineData("PackageDownloadLocation: NONE\n", "", "line 20, column 1", SpdxIssueCodes.Required)]
    [InlineData("Created: 2024-05-01T10:00:00Z", "Created: yesterday", "line 7, column 10", SpdxIssueCodes.InvalidValue)]
    [InlineData("DataLicense: CC0-1.0", "DataLicense: MIT", "line 2, column 14", SpdxIssueCodes.InvalidValue)]
    public void Read_OneDefect_IsFirstAnErrorAtItsLineAndColumn(string from, string to, string location, string code)
    {
        var result = ReadWith(from, to);

        result.IsValid.ShouldBeFalse();
        result.Errors.Select(i => (i.Location, i.Code)).First().ShouldBe((location, code), string.Join("; ", result.Issues));
    }

    [Fact]
    public void Read_UnclosedText_IsAnIssueWhereTheTextStarts()
    {
        var result = ReadWith("Medical</text>", "Medical");

        result.Errors.First().ShouldBe(new FormatIssue("line 15, column 23", SpdxIssueCodes.TagValueSyntax, "the <text> of PackageCopyrightText is not closed by </text>"));
    }

    [Fact]
    public void Read_UnknownTag_IsAWarningAndTheDocumentStaysValid()
    {
        var result = ReadWith("PackageVersion: 4.2", "PackageVersion: 4.2\nPackageColour: blue");

        result.IsValid.ShouldBeTrue();
        result.Issues.ShouldHaveSingleItem().ShouldBe(new FormatIssue("line 13, column 1", SpdxIssueCodes.UnknownTag, "'PackageColour' is not an SPDX 2.3 tag; skipped", IssueSeverity.Warning));
    }

    [Theory]
    [InlineData("SPDX-2.1")]
    [InlineData("SPDX-3.0")]
    public void Read_OtherVersion_IsRefusedAsUnsupported(string version)
    {
        var result = ReadWith("SPDXVersion: SPDX-2.3", "SPDXVersion: " + version);

        result.Document.ShouldBeNull();
        result.Issues.ShouldHaveSingleItem().ShouldBe(new FormatIssue("line 1, column 14", SpdxIssueCodes.UnsupportedVersion,
            version == "SPDX-3.0"
                ? "SPDX version 'SPDX-3.0' is not supported: SPDX 3 documents are JSON-LD; this reader reads SPDX-2.2 and SPDX-2.3"
                : "SPDX version 'SPDX-2.1' is not supported; this reader reads SPDX-2.2 and SPDX-2.3"));
    }

    [Fact]
    public void Read_Limits_StopTheReadingWithAnIssue()
    {
        Read(Valid, ReaderLimits.Default with { MaxBytes = 100 }).Issues.ShouldHaveSingleItem().Code.ShouldBe("limit-size");

        var items = Read(Valid, ReaderLimits.Default with { MaxItems = 1 });
        items.Document.ShouldBeNull();
        items.Issues.ShouldHaveSingleItem().ShouldBe(new FormatIssue("line 20, column 1", SpdxIssueCodes.LimitItems, "more than 1 package elements, the limit; reading stopped"));

        var strings = Read(Valid, ReaderLimits.Default with { MaxStringLength = 40 });
        strings.Errors.First().ShouldBe(new FormatIssue("line 17, column 14", SpdxIssueCodes.LimitString, "the value of ExternalRef has 50 characters, more than the limit of 40"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not an spdx document")]
    [InlineData("<text>")]
    public void Read_NotADocument_IsAnIssueNotAnException(string text)
    {
        var result = Read(text);

        result.IsValid.ShouldBeFalse();
        result.Issues.ShouldNotBeEmpty();
    }
}
