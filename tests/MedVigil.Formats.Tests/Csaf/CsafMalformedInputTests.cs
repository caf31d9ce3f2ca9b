using MedVigil.Formats.Common;
using MedVigil.Formats.Csaf;

namespace MedVigil.Formats.Tests.Csaf;

/// <summary>Untrusted input: every malformed document gives a clear issue with a location, never an exception.</summary>
public sealed class CsafMalformedInputTests
{
    [Fact]
    public void TruncatedJson_IsASyntaxIssueWithALine()
    {
        var json = CsafSome.Document();

        var result = CsafSome.Read(json[..(json.Length / 2)]);

        result.Document.ShouldBeNull();
        var issue = result.Issues.ShouldHaveSingleItem();
        issue.Code.ShouldBe("json-syntax");
        issue.Location.ShouldStartWith("line ");
    }

    [Fact]
    public void HundredLevelsOfNesting_IsADepthIssue()
    {
        var nested = new string('[', 100) + new string(']', 100);

        var result = CsafSome.Read(CsafSome.Document($"\"x\": {nested}"));

        result.Issues.ShouldHaveSingleItem().Code.ShouldBe("limit-depth");
    }

    [Fact]
    public void OverSizeInput_IsASizeIssue()
    {
        var result = CsafSome.Read(CsafSome.Document(), ReaderLimits.Default with { MaxBytes = 100 });

        result.Issues.ShouldHaveSingleItem().Code.ShouldBe("limit-size");
    }

    [Theory]
    [InlineData("[]", "")] // not an object at all
    [InlineData("""{ "document": "csaf" }""", "/document")]
    public void ATopLevelOfTheWrongType_IsATypeIssue(string json, string location)
    {
        var result = CsafSome.Read(json);

        result.IsValid.ShouldBeFalse();
        result.Issues.ShouldContain(i => i.Code == "csaf-type" && i.Location == location);
    }

    [Fact]
    public void WrongTypesInside_AreReportedAtTheirPointers_AndTheRestIsRead()
    {
        var json = CsafSome.Document("""
            "product_tree": { "full_product_names": [ { "product_id": 7, "name": "Pump" }, { "product_id": "P2", "name": "Hub" } ] },
            "vulnerabilities": [ { "cve": "CVE-2024-0001", "product_status": { "fixed": "P2" } } ]
            """);

        var result = CsafSome.Read(json);

        result.Errors.Select(e => (e.Code, e.Location)).ShouldBe(
        [
            ("csaf-type", "/product_tree/full_product_names/0/product_id"),
            ("csaf-type", "/vulnerabilities/0/product_status/fixed"),
        ]);
        result.Document!.ProductTree.Products.Select(p => p.ProductId).ShouldBe(["", "P2"]);
    }

    [Fact]
    public void MissingRequiredMembers_AreReported()
    {
        var result = CsafSome.Read("""{ "document": { "category": "csaf_base" } }""");

        result.Errors.Where(e => e.Code == "csaf-required").Select(e => e.Location).ShouldBe(
            ["/document/csaf_version", "/document/title", "/document/publisher", "/document/tracking"], ignoreOrder: true);
    }

    [Fact]
    public void TooManyItemsOrTooLongStrings_AreLimitIssues()
    {
        var limits = ReaderLimits.Default with { MaxItems = 1, MaxStringLength = 10 };
        var json = CsafSome.Document("""
            "product_tree": { "full_product_names": [ { "product_id": "P1", "name": "Pump" }, { "product_id": "P2", "name": "A very long product name" } ] }
            """);

        var result = CsafSome.Read(json, limits);

        result.Errors.ShouldContain(e => e.Code == "limit-items" && e.Location == "/product_tree/full_product_names");
        result.Errors.ShouldContain(e => e.Code == "limit-string");
    }

    [Fact]
    public void BinaryGarbage_IsASyntaxIssue()
    {
        var result = CsafReader.Read(new MemoryStream([0xFF, 0xFE, 0x00, 0x01, 0x7B]));

        result.Document.ShouldBeNull();
        result.Issues.ShouldHaveSingleItem().Code.ShouldBe("json-syntax");
    }

    private const int CsafMandatoryTestLimit = 1000;

    [Fact]
    public void GroupsReferencedFromThousandsOfFlags_StopAtTheExpansionBudget_AndListAtMostAThousandIssues()
    {
        const int count = 2500;
        var ids = string.Join(",", Enumerable.Range(0, count).Select(i => $"\"P{i}\""));
        var products = string.Join(",", Enumerable.Range(0, count).Select(i => $"{{ \"product_id\": \"P{i}\", \"name\": \"N\" }}"));
        var flags = string.Join(",", Enumerable.Repeat("{ \"label\": \"component_not_present\", \"group_ids\": [\"G\"] }", count));
        var json = CsafSome.Document($$"""
            "product_tree": { "full_product_names": [ {{products}} ], "product_groups": [ { "group_id": "G", "product_ids": [ {{ids}} ] } ] },
            "vulnerabilities": [ { "cve": "CVE-2024-0001", "product_status": { "known_not_affected": ["P0"] }, "flags": [ {{flags}} ] } ]
            """).Replace("\"csaf_base\"", "\"csaf_vex\"", StringComparison.Ordinal);

        var errors = CsafSome.Read(json).Errors.ToList();

        // 6.1.33 finds a duplicate per product and flag: listed up to the cap.
        var duplicates = errors.Where(e => e.Code == "csaf-6.1.33").ToList();
        duplicates.Count.ShouldBe(CsafMandatoryTestLimit + 1);
        duplicates[^1].Message.ShouldContain("not listed");
        // 6.1.27.9 expands the group for all 2,500 flags (6.25 million ids) and stops at the budget.
        errors.Where(e => e.Code == "csaf-6.1.27.9").Select(e => e.Location).ShouldBe(["/product_tree/product_groups"]);
    }
}
