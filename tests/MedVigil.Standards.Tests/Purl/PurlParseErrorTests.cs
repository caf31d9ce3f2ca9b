using MedVigil.Standards.Purl;

namespace MedVigil.Standards.Tests.Purl;

/// <summary>Rejections say what is wrong and where: the kind, the 0-based position and the offending text.</summary>
public sealed class PurlParseErrorTests
{
    [Theory]
    // No scheme at all, and a percent-encoded colon, which does not count as the scheme separator.
    [InlineData("EnterpriseLibrary.Common@6.0.1304", PurlErrorKind.Scheme, 0, null)]
    [InlineData("pkg%3Amaven/org.apache.commons/io", PurlErrorKind.Scheme, 0, null)]
    [InlineData("http://example.com/x", PurlErrorKind.Scheme, 0, "http")]
    // The type: must start with a letter, and holds letters, digits, '.' and '-' only.
    [InlineData("pkg:3nginx/nginx@0.8.9", PurlErrorKind.Type, 4, "3nginx")]
    [InlineData("pkg:nginx:a/nginx@0.8.9", PurlErrorKind.Type, 9, "nginx:a")]
    [InlineData("pkg:/", PurlErrorKind.Type, 5, null)]
    // A name is required, including when a trailing '/' leaves only a version behind.
    [InlineData("pkg:hackage", PurlErrorKind.Name, 11, null)]
    [InlineData("pkg:maven/@1.3.4", PurlErrorKind.Name, 10, null)]
    [InlineData("pkg:swift/github.com/Alamofire/@5.4.3", PurlErrorKind.Name, 31, null)]
    // Broken escapes and bytes that are not UTF-8 point at the escape or the value holding them.
    [InlineData("pkg:npm/foo@1%zz", PurlErrorKind.Encoding, 13, "%zz")]
    [InlineData("pkg:npm/foo@1%4", PurlErrorKind.Encoding, 13, "%4")]
    [InlineData("pkg:npm/foo@%FF", PurlErrorKind.Encoding, 12, "%FF")]
    [InlineData("pkg:npm/foo bar", PurlErrorKind.Encoding, 11, " ")]
    // Qualifier keys: lowercase, starting with a letter, never encoded, unique; every pair has '='.
    [InlineData("pkg:npm/foo?in%20production=true", PurlErrorKind.Qualifier, 14, "in%20production")]
    [InlineData("pkg:gem/jruby-launcher@1.1.2?Platform=java", PurlErrorKind.Qualifier, 29, "Platform")]
    [InlineData("pkg:npm/foo?1key=v", PurlErrorKind.Qualifier, 12, "1key")]
    [InlineData("pkg:npm/foo?a=1&a=2", PurlErrorKind.Qualifier, 16, "a")]
    [InlineData("pkg:npm/foo?flag", PurlErrorKind.Qualifier, 12, "flag")]
    // Segments: '.' and '..' are not subpath segments, and no segment may decode to hold '/'.
    [InlineData("pkg:generic/x#a/../b", PurlErrorKind.Segment, 16, "..")]
    [InlineData("pkg:golang/example.com%2Fx/y", PurlErrorKind.Segment, 11, "example.com/x")]
    // Type definitions: required and prohibited namespaces, permitted characters, required qualifiers, prose rules.
    [InlineData("pkg:swift/Alamofire@5.4.3", PurlErrorKind.TypeRule, null, null)]
    [InlineData("pkg:otp/namespace/hex@2.1.1", PurlErrorKind.TypeRule, 8, "namespace")]
    [InlineData("pkg:chrome-extension/dogs", PurlErrorKind.TypeRule, 21, "dogs")]
    [InlineData("pkg:julia/Dates", PurlErrorKind.TypeRule, null, null)]
    [InlineData("pkg:cpan/GDT/URI::PackageURL", PurlErrorKind.TypeRule, 13, "URI::PackageURL")]
    [InlineData("pkg:cocoapods/.hidden", PurlErrorKind.TypeRule, 14, ".hidden")]
    [InlineData("pkg:swid/Acme/example.com/extra/Server?tag_id=x", PurlErrorKind.TypeRule, 9, "Acme/example.com/extra")]
    public void AStrictParseErrorNamesItsKindPositionAndText(string input, PurlErrorKind kind, int? position, string? text)
    {
        PackageUrl.TryParse(input, out var purl, out var error).ShouldBeFalse($"parsed as {purl}");

        error.Kind.ShouldBe(kind, error.Message);
        error.Position.ShouldBe(position, error.Message);
        error.Text.ShouldBe(text, error.Message);
        if (position is { } p)
        {
            error.Message.ShouldContain($"(position {p})");
        }
    }

    [Fact]
    public void AnEmptyOrOverlongPurlIsALengthError()
    {
        var longest = "pkg:generic/" + new string('a', PackageUrl.MaxLength - "pkg:generic/".Length);

        PackageUrl.TryParse(longest, out _, out _).ShouldBeTrue();
        PackageUrl.TryParse(longest + "a", out _, out var tooLong).ShouldBeFalse();
        tooLong!.Kind.ShouldBe(PurlErrorKind.Length);
        PackageUrl.TryParse("", out _, out var empty).ShouldBeFalse();
        empty!.Kind.ShouldBe(PurlErrorKind.Length);
        PackageUrl.TryParse(null, out _, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("pkg:npm/foo\nbar")]
    [InlineData("pkg:npm/foo\u0000")]
    public void ControlCharactersAreRejectedEvenWhenLenient(string input)
    {
        PackageUrl.TryParse(input, PurlParseMode.Lenient, out _, out var error).ShouldBeFalse();

        error!.Kind.ShouldBe(PurlErrorKind.Encoding);
        error.Position.ShouldBe(11);
    }

    [Fact]
    public void HalfASurrogatePairIsRejectedEvenWhenLenient()
    {
        // Not inline data: test-case serialisation would replace the lone surrogate with U+FFFD.
        var input = "pkg:npm/foo" + '\uD800' + "x";

        PackageUrl.TryParse(input, PurlParseMode.Lenient, out _, out var error).ShouldBeFalse();

        error!.Kind.ShouldBe(PurlErrorKind.Encoding);
        error.Position.ShouldBe(11);
        PackageUrl.TryCreate(new PurlComponents { Type = "npm", Name = "foo" + '\uDC00' }, PurlParseMode.Lenient, out _, out _)
            .ShouldBeFalse();
    }

    [Fact]
    public void ParseThrowsAFormatExceptionCarryingTheMessage()
    {
        var thrown = Should.Throw<FormatException>(() => PackageUrl.Parse("pkg:3nginx/nginx"));

        thrown.Message.ShouldBe("the type '3nginx' must start with an ASCII letter (position 4)");
    }

    [Fact]
    public void BuildErrorsNameTheComponentButNoPosition()
    {
        PackageUrl.TryCreate(new PurlComponents { Type = "npm", Name = "x", Qualifiers = [new("in production", "true")] },
            PurlParseMode.Strict, out _, out var error).ShouldBeFalse();

        error!.Kind.ShouldBe(PurlErrorKind.Qualifier);
        error.Component.ShouldBe(PurlComponent.Qualifiers);
        error.Position.ShouldBeNull();
        error.Text.ShouldBe("in production");
    }

    [Fact]
    public void BuildingWithoutATypeOrANameFails()
    {
        PackageUrl.TryCreate(new PurlComponents { Name = "nginx" }, PurlParseMode.Strict, out _, out var noType).ShouldBeFalse();
        PackageUrl.TryCreate(new PurlComponents { Type = "opam", Name = "/" }, PurlParseMode.Strict, out _, out var noName)
            .ShouldBeFalse();

        noType!.Kind.ShouldBe(PurlErrorKind.Type);
        noName!.Kind.ShouldBe(PurlErrorKind.Name);
    }
}
