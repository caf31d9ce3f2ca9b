using System.Text;
using MedVigil.Formats.Common;
using MedVigil.Formats.OpenVex;

namespace MedVigil.Formats.Tests.OpenVex;

/// <summary>The OpenVEX reader on broken documents: every problem an issue at its JSON pointer.</summary>
public sealed class OpenVexMalformedTests
{
    private const string Document = """
        {"@context":"https://openvex.dev/ns/v0.2.0","@id":"https://openvex.dev/docs/x","author":"A","timestamp":"2023-07-17T18:28:47-06:00","version":1,
         "statements":[
          {"vulnerability":{"name":"CVE-2023-1255","aliases":["GHSA-x"]},"products":[{"@id":"pkg:apk/alpine/libssl3@3.0.8-r3","identifiers":{"purl":"pkg:apk/alpine/libssl3@3.0.8-r3"},"hashes":{"sha-256":"ab"}}],
           "status":"not_affected","justification":"component_not_present"},
          {"vulnerability":{"name":"CVE-2023-2650"},"products":[{"@id":"pkg:apk/alpine/openssl@3.0.8"}],"status":"affected","action_statement":"Upgrade"}]}
        """;

    private static ReadResult<OpenVexDocument> Read(string json, ReaderLimits? limits = null) =>
        OpenVexReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), limits);

    [Fact]
    public void TheSampleDocumentIsValid()
    {
        var result = Read(Document);

        result.Issues.ShouldBeEmpty();
        var product = result.Document!.Statements[0].Products.ShouldHaveSingleItem();
        product.Identifiers.ShouldBe(new OpenVexIdentifiers("pkg:apk/alpine/libssl3@3.0.8-r3", null, null));
        product.Hashes["sha-256"].ShouldBe("ab");
        result.Document.Statements[0].Vulnerability.Aliases.ShouldBe(["GHSA-x"]);
    }

    [Theory]
    [InlineData("\"justification\":\"component_not_present\"", "\"status_notes\":\"n\"", "/statements/0", "openvex-justification")] // not_affected, no reason
    [InlineData("\"action_statement\":\"Upgrade\"", "\"status_notes\":\"n\"", "/statements/1", "openvex-action")] // affected, no action
    [InlineData("\"status\":\"affected\"", "\"status\":\"vulnerable\"", "/statements/1/status", "openvex-enum")] // not a status
    [InlineData("component_not_present", "not_reachable", "/statements/0/justification", "openvex-enum")] // not a label
    [InlineData("{\"name\":\"CVE-2023-2650\"}", "\"CVE-2023-2650\"", "/statements/1/vulnerability", "json-type")] // a 0.0.1 shape in a 0.2.0 document
    [InlineData("{\"name\":\"CVE-2023-2650\"}", "{\"@id\":\"x\"}", "/statements/1/vulnerability/name", "json-missing")] // no name
    [InlineData("{\"@id\":\"pkg:apk/alpine/openssl@3.0.8\"}", "{\"hashes\":{}}", "/statements/1/products/0", "openvex-product")] // nothing identifies it
    [InlineData("\"identifiers\":{\"purl\":\"pkg:apk/alpine/libssl3@3.0.8-r3\"}", "\"identifiers\":{}", "/statements/0/products/0/identifiers", "openvex-identifiers")] // empty identifiers
    [InlineData("https://openvex.dev/ns/v0.2.0", "https://example.com/ns", "/@context", "openvex-context")] // not OpenVEX
    [InlineData("\"author\":\"A\",", "", "/author", "json-missing")] // required
    [InlineData("\"version\":1", "\"version\":0", "/version", "openvex-version")] // versions start at 1
    [InlineData("\"version\":1", "\"version\":\"1\"", "/version", "json-type")] // a string only in 0.0.1 documents
    [InlineData("2023-07-17T18:28:47-06:00", "17/07/2023", "/timestamp", "bad-date")] // not RFC 3339
    public void ABadFieldIsAnErrorAtItsPointer(string find, string replace, string pointer, string code)
    {
        Document.ShouldContain(find);
        var result = Read(Document.Replace(find, replace, StringComparison.Ordinal));

        result.Document.ShouldBeNull();
        result.Errors.ShouldContain(i => i.Location == pointer && i.Code == code, string.Join("; ", result.Issues));
    }

    [Fact]
    public void ADocumentWithoutStatementsIsInvalid() =>
        Read(Document[..Document.IndexOf("\"statements\"", StringComparison.Ordinal)] + "\"statements\":[]}").Errors
            .ShouldHaveSingleItem().ShouldBe(new FormatIssue("/statements", "openvex-statements", "A document needs at least one statement."));
}
