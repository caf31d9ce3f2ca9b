namespace MedVigil.Formats.Tests.Csaf;

/// <summary>
/// Mandatory tests whose official cases are all held out of the snapshot, proved on small documents: each row
/// changes the minimal valid document and names the one issue expected.
/// </summary>
public sealed class CsafMandatoryTestCases
{
    private const string Product = """ "product_tree": { "full_product_names": [ { "product_id": "P1", "name": "Pump" } ] } """;

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // 6.1.18: a final document must not list a version-0 revision.
        { "6.1.18", "\"1\", \"date\"", "\"0\", \"date\"", "/document/tracking/revision_history/0/number" },
        // 6.1.20: a final document must not carry a pre-release version.
        { "6.1.20", "\"version\": \"1\"", "\"version\": \"1.0.0-rc.1\"", "/document/tracking/version" },
        // 6.1.22: the same revision number twice.
        {
            "6.1.22",
            "\"summary\": \"Initial\" }",
            "\"summary\": \"Initial\" }, { \"number\": \"1\", \"date\": \"2024-01-01T00:00:00Z\", \"summary\": \"Again\" }",
            "/document/tracking/revision_history/1/number"
        },
        // 6.1.25: one file hashed twice with the same algorithm.
        {
            "6.1.25",
            "\"name\": \"Pump\" }",
            "\"name\": \"Pump\", \"product_identification_helper\": { \"hashes\": [ { \"filename\": \"f\", \"file_hashes\": [ { \"algorithm\": \"sha256\", \"value\": \"aa\" }, { \"algorithm\": \"sha256\", \"value\": \"bb\" } ] } ] } }",
            "/product_tree/full_product_names/0/product_identification_helper/hashes/0/file_hashes/1"
        },
        // 6.1.27.3: an informational advisory has no vulnerabilities.
        { "6.1.27.3", "\"csaf_base\"", "\"csaf_informational_advisory\"", "/vulnerabilities" },
        // 6.1.27.6: a security advisory states the product status of every vulnerability.
        { "6.1.27.6", "\"csaf_base\"", "\"csaf_security_advisory\"", "/vulnerabilities/0/product_status" },
        // 6.1.27.10: a VEX known_affected product needs a remediation.
        { "6.1.27.10", "\"csaf_base\"", "\"csaf_vex\"", "/vulnerabilities/0/product_status/known_affected/0" },
        // 6.1.12: a well-formed tag whose primary subtag EZ is no ISO 639-1 language.
        { "6.1.12", "\"title\": \"Test\",", "\"title\": \"Test\", \"lang\": \"EZ\",", "/document/lang" },
        // 6.1.12: not a well-formed tag at all.
        { "6.1.12", "\"title\": \"Test\",", "\"title\": \"Test\", \"source_lang\": \"en_US\",", "/document/source_lang" },
        // 6.1.8: a CVSS property outside the FIRST enumeration.
        { "6.1.8", "\"baseSeverity\": \"CRITICAL\"", "\"baseSeverity\": \"SEVERE\"", "/vulnerabilities/0/scores/0/cvss_v3/baseSeverity" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheChangedDocument_FailsExactlyThatTest(string testId, string find, string replace, string location)
    {
        var valid = Valid(testId);
        var changed = valid.Replace(find, replace, StringComparison.Ordinal);
        changed.ShouldNotBe(valid);

        CsafSome.Read(valid).Errors.ShouldBeEmpty();
        var errors = CsafSome.Read(changed).Errors.Where(e => e.Code == "csaf-" + testId).ToList();

        errors.Select(e => e.Location).ShouldBe([location]);
    }

    /// <summary>A valid document for the test's profile: notes, references and a fully stated vulnerability where the profiles need them.</summary>
    private static string Valid(string testId) => testId switch
    {
        "6.1.27.3" => CsafSome.Document("""
            "vulnerabilities": [ { "cve": "CVE-2024-0001" } ]
            """).Replace("\"Test\",", "\"Test\", \"notes\": [ { \"category\": \"summary\", \"text\": \"x\" } ], \"references\": [ { \"category\": \"external\", \"url\": \"https://x.example\", \"summary\": \"x\" } ],", StringComparison.Ordinal),
        "6.1.27.6" => CsafSome.Document(Product + """
            , "vulnerabilities": [ { "cve": "CVE-2024-0001", "notes": [ { "category": "description", "text": "x" } ] } ]
            """),
        "6.1.27.10" => CsafSome.Document(Product + """
            , "vulnerabilities": [ { "cve": "CVE-2024-0001", "notes": [ { "category": "description", "text": "x" } ],
                                     "product_status": { "known_affected": ["P1"] } } ]
            """),
        "6.1.8" => CsafSome.Document(Product + """
            , "vulnerabilities": [ { "cve": "CVE-2024-0001", "scores": [ { "products": ["P1"], "cvss_v3": { "version": "3.1",
                "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "baseScore": 9.8, "baseSeverity": "CRITICAL" } } ] } ]
            """),
        _ => CsafSome.Document(Product),
    };
}
