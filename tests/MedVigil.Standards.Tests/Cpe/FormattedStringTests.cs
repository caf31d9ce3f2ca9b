using MedVigil.Standards.Cpe;

namespace MedVigil.Standards.Tests.Cpe;

/// <summary>The formatted-string binding, <c>cpe:2.3:…</c> (NISTIR 7695 §6.2).</summary>
public sealed class FormattedStringTests
{
    [Fact]
    public void AFormattedStringUnbindsToTheWfnOfNistir7695()
    {
        var name = CpeName.Parse(@"cpe:2.3:a:foo\\bar:big\$money:2010:*:*:*:special:ipod_touch:80gb:*");

        name.ToWfnString().ShouldBe(
            @"wfn:[part=""a"",vendor=""foo\\bar"",product=""big\$money"",version=""2010"",update=ANY,edition=ANY,language=ANY,"
            + @"sw_edition=""special"",target_sw=""ipod_touch"",target_hw=""80gb"",other=ANY]");
        name.Part.ShouldBe(CpePart.Application);
        name.Vendor.Literal.ShouldBe(@"foo\bar");
    }

    [Fact]
    public void HyphensAndDotsAreQuotedInTheWfnButNotInTheFormattedString()
    {
        var name = CpeName.Parse("cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*");

        name.Version.Quoted.ShouldBe(@"8\.0\.6001");
        name.Version.Literal.ShouldBe("8.0.6001");
        name.ToString().ShouldBe("cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*");
    }

    [Fact]
    public void WildcardsStayUnquotedAndQuotedSpecialsStayQuoted()
    {
        var name = CpeName.Parse(@"cpe:2.3:a:microsoft:internet_explorer:8.*:sp?:\*:*:*:*:*:*");

        name.Version.Quoted.ShouldBe(@"8\.*");
        name.Version.HasWildcards.ShouldBeTrue();
        name.Update.Quoted.ShouldBe("sp?");
        name.Edition.Quoted.ShouldBe(@"\*");
        name.Edition.HasWildcards.ShouldBeFalse();
        name.ToString().ShouldBe(@"cpe:2.3:a:microsoft:internet_explorer:8.*:sp?:\*:*:*:*:*:*");
    }

    [Fact]
    public void AQuotedColonStaysInsideItsValue()
    {
        var name = CpeName.Parse(@"cpe:2.3:a:vendor:a\:b:1.0:*:*:*:*:*:*:*");

        name.Product.Literal.ShouldBe("a:b");
        name.ToUri().ShouldBe("cpe:/a:vendor:a%3ab:1.0");
    }

    [Theory]
    [InlineData("cpe:2.3:x:vendor:product:*:*:*:*:*:*:*:*", 8, "x", "the part must be")]
    [InlineData("CPE:2.3:a:vendor:product:*:*:*:*:*:*:*:*", 0, "CPE:2.3:", "starts with")]
    [InlineData("cpe:2.3:a:vendor:product:*:*:*:*:*:*:*", 38, "*", "ends after 10 of the 11 components")]
    [InlineData("cpe:2.3:a:vendor:product:*:*:*:*:*:*:*:*:*", 40, ":", "more than 11 components")]
    [InlineData("cpe:2.3:a::product:*:*:*:*:*:*:*:*", 10, "", "the vendor is empty")]
    [InlineData("cpe:2.3:a:ven dor:product:*:*:*:*:*:*:*:*", 13, " ", "printable ASCII")]
    [InlineData("cpe:2.3:a:vendör:product:*:*:*:*:*:*:*:*", 14, "ö", "printable ASCII")]
    [InlineData("cpe:2.3:a:ven@dor:product:*:*:*:*:*:*:*:*", 13, "@", @"quoted as '\@'")]
    [InlineData(@"cpe:2.3:a:ven\.dor:product:*:*:*:*:*:*:*:*", 13, @"\.", "may quote only punctuation")]
    [InlineData(@"cpe:2.3:a:vendor:product:*:*:*:*:*:*:*:x\", 40, @"\", "may quote only punctuation")]
    [InlineData("cpe:2.3:a:ven*dor:product:*:*:*:*:*:*:*:*", 13, "*", "may only start or end a value")]
    [InlineData("cpe:2.3:a:vendor:product:1.?.2:*:*:*:*:*:*:*", 27, "?", "may only start or end a value")]
    [InlineData("cpe:2.3:a:vendor:product:**1:*:*:*:*:*:*:*", 26, "*", "may stand only once")]
    [InlineData("cpe:2.3:a:vendor:product:?*1:*:*:*:*:*:*:*", 26, "*", "may stand only once")]
    [InlineData("cpe:2.3:a:vendor:product:1*?:*:*:*:*:*:*:*", 27, "?", "next to an unquoted '*'")]
    [InlineData("cpe:2.3:a:vendor:product:??:*:*:*:*:*:*:*", 25, "??", "at least one character besides wildcards")]
    [InlineData("cpe:2.3:a:vendor:product:*:*:*:english:*:*:*:*", 31, "english", "the language must be a tag")]
    [InlineData("cpe:2.3:a:vendor:product:*:*:*:en-*:*:*:*:*", 31, "en-*", "the language must be a tag")]
    public void AMalformedFormattedStringIsRejectedWithWhatAndWhere(string text, int position, string offending, string reason) =>
        text.ShouldBeRejectedAt(position, offending, reason);

    [Theory]
    [InlineData("cpe:2.3:a:vendor:product:*:*:*:en:*:*:*:*")]
    [InlineData("cpe:2.3:a:vendor:product:*:*:*:en-us:*:*:*:*")]
    [InlineData("cpe:2.3:a:vendor:product:*:*:*:es-419:*:*:*:*")]
    [InlineData("cpe:2.3:a:vendor:product:*:*:*:-:*:*:*:*")]
    public void LanguageTagsParse(string text) => CpeName.Parse(text).ToString().ShouldBe(text);

    [Fact]
    public void InputLongerThanTheLimitIsRejectedBeforeParsing()
    {
        var text = "cpe:2.3:a:vendor:" + new string('x', CpeName.MaxLength) + ":*:*:*:*:*:*:*:*:*";

        CpeName.TryParse(text, out _, out var error).ShouldBeFalse();
        error.Reason.ShouldContain("at most 4096 characters");
        Should.Throw<FormatException>(() => CpeName.Parse(text));
    }

    [Fact]
    public void ALongButAllowedValueParses()
    {
        var product = new string('x', 2000) + @"\!";
        var text = $"cpe:2.3:a:vendor:{product}:*:*:*:*:*:*:*:*";

        CpeName.Parse(text).Product.Quoted.ShouldBe(product);
    }

    [Fact]
    public void TheUriParserAloneRejectsAFormattedString()
    {
        CpeName.TryParseUri("cpe:2.3:a:vendor:product:*:*:*:*:*:*:*:*", out _, out var error).ShouldBeFalse();
        error.Reason.ShouldContain("cpe:/");
        CpeName.TryParseFormattedString("cpe:/a:vendor:product", out _, out var fsError).ShouldBeFalse();
        fsError.Reason.ShouldContain("cpe:2.3:");
    }

    [Fact]
    public void NullOrEmptyInputIsAnErrorNotAnException()
    {
        CpeName.TryParse(null, out _, out var error).ShouldBeFalse();
        error.Reason.ShouldContain("required");
        CpeName.TryParse("", out _).ShouldBeFalse();
    }
}
