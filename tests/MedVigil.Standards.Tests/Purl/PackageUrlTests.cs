using MedVigil.Standards.Purl;

namespace MedVigil.Standards.Tests.Purl;

/// <summary>What a parsed PackageUrl holds, how it prints, and when two are equal.</summary>
public sealed class PackageUrlTests
{
    [Fact]
    public void ParsingDecodesEveryComponent()
    {
        var purl = PackageUrl.Parse("pkg:npm/%40angular/animation@12.3.1?vcs_url=git:%2F%2Fhost%2Frepo.git%40v1&arch=x86#lib/a%20b");

        purl.Type.ShouldBe("npm");
        purl.Namespace.ShouldBe("@angular");
        purl.Name.ShouldBe("animation");
        purl.Version.ShouldBe("12.3.1");
        purl.Qualifiers.Select(q => q.Key).ShouldBe(["arch", "vcs_url"]);
        purl.Qualifiers.GetValueOrDefault("vcs_url").ShouldBe("git://host/repo.git@v1");
        purl.Subpath.ShouldBe("lib/a b");
        purl.IsRegisteredType.ShouldBeTrue();
    }

    [Theory]
    // Type case, a pkg:// prefix and slashes that are not significant all disappear.
    [InlineData("PKG://Maven//org.apache.commons/io/", "pkg:maven/org.apache.commons/io")]
    // Qualifiers are sorted by key, empty values dropped, and every value character outside the allowed set encoded.
    [InlineData("pkg:generic/x?z=1&a=&b=a%2Cb%20c:/@", "pkg:generic/x?b=a%2Cb%20c:%2F%40&z=1")]
    // The canonical form encodes '+', '@' and spaces in names and versions, and keeps ':' as is.
    [InlineData("pkg:deb/debian/attr@1:2.4.47-2+b1", "pkg:deb/debian/attr@1:2.4.47-2%2Bb1")]
    [InlineData("pkg:brew/node@20@20.10.0", "pkg:brew/node%4020@20.10.0")]
    // An unencoded npm scope is a namespace, not a version.
    [InlineData("pkg:npm/@babel/core#/googleapis/api/", "pkg:npm/%40babel/core#googleapis/api")]
    // Escapes of allowed characters decode, and lowercase hex becomes uppercase.
    [InlineData("pkg:generic/%61%62c@1%2e0?k=%c3%a9", "pkg:generic/abc@1.0?k=%C3%A9")]
    public void TheCanonicalFormIsNormalised(string input, string canonical)
    {
        PackageUrl.Parse(input).ToString().ShouldBe(canonical);
    }

    [Theory]
    // Case-insensitive components are lowercased as the type definition says.
    [InlineData("pkg:github/Package-URL/Purl-Spec", "pkg:github/package-url/purl-spec")]
    [InlineData("pkg:huggingface/EleutherAI/gpt-neo@ABCDEF", "pkg:huggingface/EleutherAI/gpt-neo@abcdef")]
    [InlineData("pkg:otp/asn1#SRC/Asn1.erl", "pkg:otp/asn1#src/asn1.erl")]
    // Prose rules: pypi dashes, pub underscores for non-ASCII letters, cpan uppercase authors.
    [InlineData("pkg:pypi/Django_Allauth", "pkg:pypi/django-allauth")]
    [InlineData("pkg:pub/Caf%C3%A9_lib", "pkg:pub/caf__lib")]
    [InlineData("pkg:cpan/drolsky/DateTime@1.55", "pkg:cpan/DROLSKY/DateTime@1.55")]
    // mlflow names are lowercased only on Databricks, whose tracking servers ignore case.
    [InlineData("pkg:mlflow/Fraud?repository_url=https://dbc-1-2.cloud.databricks.com/api", "pkg:mlflow/fraud?repository_url=https:%2F%2Fdbc-1-2.cloud.databricks.com%2Fapi")]
    [InlineData("pkg:mlflow/Fraud?repository_url=https://westus2.api.azureml.ms/mlflow", "pkg:mlflow/Fraud?repository_url=https:%2F%2Fwestus2.api.azureml.ms%2Fmlflow")]
    // Types without a definition keep their case: only the general rules apply.
    [InlineData("pkg:Bintray/Apache/CouchDB@2", "pkg:bintray/Apache/CouchDB@2")]
    public void TypeDefinitionsDriveNormalisation(string input, string canonical)
    {
        PackageUrl.Parse(input).ToString().ShouldBe(canonical);
    }

    [Fact]
    public void AGitNameIsTheRepositoryPathOnTheHost()
    {
        var purl = PackageUrl.Parse("pkg:git/codeberg.org/forgejo/forgejo@a72d2c0#options/readme.md");

        purl.Namespace.ShouldBe("codeberg.org");
        purl.Name.ShouldBe("forgejo/forgejo");
        purl.ToString().ShouldBe("pkg:git/codeberg.org/forgejo/forgejo@a72d2c0#options/readme.md");
        PackageUrl.TryCreate(new PurlComponents { Type = "git", Namespace = "codeberg.org/forgejo", Name = "forgejo" },
            PurlParseMode.Strict, out _, out var error).ShouldBeFalse();
        error!.Kind.ShouldBe(PurlErrorKind.TypeRule);
    }

    [Fact]
    public void LenientModeRepairsWhatStrictModeRejects()
    {
        const string input = "pkg:Rpm/fedora/curl@7.50.3-1.fc25?Arch=i386&Distro=fedora-25#a/./b/../c";

        PackageUrl.TryParse(input, out _, out _).ShouldBeFalse();
        PackageUrl.Parse(input, PurlParseMode.Lenient).ToString()
            .ShouldBe("pkg:rpm/fedora/curl@7.50.3-1.fc25?arch=i386&distro=fedora-25#a/b/c");
        PackageUrl.Parse("pkg:npm/café", PurlParseMode.Lenient).ToString().ShouldBe("pkg:npm/caf%C3%A9");
    }

    [Fact]
    public void EqualityIsEqualityOfCanonicalForms()
    {
        var a = PackageUrl.Parse("pkg:GitHub/Package-URL/purl-spec@1?b=2&a=1");
        var b = PackageUrl.Parse("pkg:github/package-url/purl-spec@1?a=1&b=2");
        var c = PackageUrl.Parse("pkg:github/package-url/purl-spec@2?a=1&b=2");

        (a == b).ShouldBeTrue();
        a.Equals((object)b).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
        (a != c).ShouldBeTrue();
        a.Equals(null).ShouldBeFalse();
        new HashSet<PackageUrl> { a, b, c }.Count.ShouldBe(2);
    }

    [Fact]
    public void BuildingAndParsingTheSamePurlGiveEqualValues()
    {
        var built = PackageUrl.Create(new PurlComponents
        {
            Type = "Maven",
            Namespace = "/org.apache.xmlgraphics/",
            Name = "batik-anim",
            Version = "1.9.1",
            Qualifiers = [new("repository_url", "repo.spring.io/release"), new("classifier", "sources"), new("type", "")],
            Subpath = "/a//b/",
        });

        built.ToString().ShouldBe("pkg:maven/org.apache.xmlgraphics/batik-anim@1.9.1?classifier=sources&repository_url=repo.spring.io%2Frelease#a/b");
        PackageUrl.Parse(built.ToString()).ShouldBe(built);
    }

    [Fact]
    public void QualifierLookupIsByLowercaseKey()
    {
        var qualifiers = PackageUrl.Parse("pkg:deb/debian/curl?distro=jessie&arch=i386").Qualifiers;

        qualifiers.Count.ShouldBe(2);
        qualifiers[0].ShouldBe(new PurlQualifier("arch", "i386"));
        qualifiers.TryGetValue("distro", out var distro).ShouldBeTrue();
        distro.ShouldBe("jessie");
        qualifiers.GetValueOrDefault("epoch").ShouldBeNull();
        PurlQualifiers.Empty.Count.ShouldBe(0);
    }

    [Fact]
    public void ATypeWithoutADefinitionIsValidButNotRegistered()
    {
        var purl = PackageUrl.Parse("pkg:bintray/apache/couchdb/couchdb-mac@2.3.0");

        purl.IsRegisteredType.ShouldBeFalse();
        purl.TypeDefinition.ShouldBeNull();
        purl.Namespace.ShouldBe("apache/couchdb");
    }

    [Fact]
    public void TheCompiledDefinitionsAnswerQuestionsAboutATypeWithoutDataFiles()
    {
        PurlTypeDefinition.TryGet("maven", out var maven).ShouldBeTrue();
        PurlTypeDefinition.TryGet("no-such-type", out _).ShouldBeFalse();

        maven!.Namespace.Requirement.ShouldBe(PurlRequirement.Required);
        maven.Qualifiers.Single(q => q.Key == "type").DefaultValue.ShouldBe("jar");
        PurlTypeDefinition.All.Count.ShouldBe(42);
    }
}
