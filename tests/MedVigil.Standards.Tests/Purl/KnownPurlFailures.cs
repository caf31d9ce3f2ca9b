namespace MedVigil.Standards.Tests.Purl;

/// <summary>
/// Suite cases this implementation fails on purpose, each with the reason. Keys are "file: test_type input".
/// A listed case that starts passing fails its suite test, so this list stays true.
/// </summary>
internal static class KnownPurlFailures
{
    public static readonly IReadOnlyDictionary<string, string> Official = new Dictionary<string, string>
    {
        // The suite contradicts itself: gem-test.json and rpm-test.json (also "required") expect an uppercase qualifier
        // key to fail to parse, as ECMA-427 §5.6.6 says ("shall be composed only of lowercase ASCII letters"), and
        // purl-spec PR #951 fixed gem's test that way; this maven case still expects success. Strict mode sides with the
        // standard and the newer tests; lenient mode (the "recommended" cases) parses it.
        ["maven-test.json: parse pkg:Maven/org.apache.xmlgraphics/batik-anim@1.9.1?type=pom&repositorY_url=repo.spring.io/release"] =
            "uppercase qualifier key in a 'required' case; contradicts gem/rpm required cases and ECMA-427 §5.6.6",

        // git-definition.json says namespace and name are case-sensitive (case_sensitive: true); this "recommended"
        // case, copied from the github type's tests, expects them lowercased. The definition wins.
        ["git-test.json: validate pkg:git/github/Package-url/purl-Spec@244fd47e07d1004f0aed9c"] =
            "expects lowercasing that git-definition.json (case_sensitive: true) does not ask for",
    };

    public static readonly IReadOnlyDictionary<string, string> Legacy = new Dictionary<string, string>
    {
        // Its components keep '.' and '..' subpath segments that its own canonical form (and how-to-parse) drops.
        [L + "pkg:GOLANG/google.golang.org/genproto@abcdedf#/googleapis/%2E%2E/api/annotations/"] = DotSegments,
        [L + "pkg:GOLANG/google.golang.org/genproto@abcdedf#/googleapis/%2E/api/annotations/"] = DotSegments,

        // ECMA-427 §5.4 percent-encodes '/' in qualifier values; the legacy canonical forms leave it raw (fixed for the
        // current suite by purl-spec PR #716).
        [L + "pkg:Maven/org.apache.xmlgraphics/batik-anim@1.9.1?classifier=sources&repositorY_url=repo.spring.io/release"] = RawSlash,
        [L + "pkg:Maven/org.apache.xmlgraphics/batik-anim@1.9.1?extension=pom&repositorY_url=repo.spring.io/release"] = RawSlash,
        [L + "pkg:huggingface/microsoft/deberta-v3-base@559062ad13d311b87b2c455e67dcd5f1c8f65111?repository_url=https://hub-ci.huggingface.co"] = RawSlash,
        [L + "pkg:mlflow/CreditFraud@3?repository_url=https://adb-5245952564735461.0.azuredatabricks.net/api/2.0/mlflow"] = RawSlash,
        [L + "pkg:mlflow/CreditFraud@3?repository_url=https://westus2.api.azureml.ms/mlflow/v1.0/subscriptions/a50f2011-fab8-4164-af23-c62881ef8c95/resourceGroups/TestResourceGroup/providers/Microsoft.MachineLearningServices/workspaces/TestWorkspace"] = RawSlash,
        [L + "pkg:mlflow/trafficsigns@10?model_uuid=36233173b22f4c89b451f1228d700d49&run_id=410a3121-2709-4f88-98dd-dba0ef056b0a&repository_url=https://adb-5245952564735461.0.azuredatabricks.net/api/2.0/mlflow"] = RawSlash,

        // Type rules that the current official definitions no longer (or now) have.
        [L + "pkg:conan/bincrafters/cctz@2.3"] =
            "old conan rule (namespace needs a channel qualifier); conan-definition.json makes both optional",
        [L + "pkg:conan/cctz@2.3?channel=stable"] =
            "old conan rule (channel needs a namespace); conan-definition.json makes both optional",
        [L + "pkg:cran/A3"] = "old rule that a cran version is required; cran-definition.json makes it optional",
        [L + "pkg:swift/github.com/Alamofire/Alamofire"] =
            "old rule that a swift version is required; swift-definition.json makes it optional",
        [L + "pkg:huggingface/distilbert-base-uncased@043235d6088ecd3dd5fb5ca3592b6913fd516027"] =
            "huggingface-definition.json now requires a namespace",
        [L + "pkg:cpan/URI::PackageURL@2.11"] =
            "cpan-definition.json now says a distribution name shall not contain '::' (the current suite rejects it too)",
        [L + "pkg:cpan/Perl-Version@1.013"] =
            "the legacy suite took a '-' name for a module name; the current cpan definition and suite accept it",
    };

    private const string L = "test-suite-data.json: ";
    private const string DotSegments = "legacy components keep '.'/'..' subpath segments its own canonical form drops";
    private const string RawSlash = "legacy canonical form leaves '/' in a qualifier value unencoded; ECMA-427 §5.4 encodes it";
}
