using MedVigil.Standards.Cpe;

namespace MedVigil.Standards.Tests.Cpe;

/// <summary>The URI binding, <c>cpe:/…</c> (NISTIR 7695 §6.1), with the specification's own examples.</summary>
public sealed class UriBindingTests
{
    [Theory]
    [InlineData("cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*", "cpe:/a:microsoft:internet_explorer:8.0.6001:beta")]
    [InlineData("cpe:2.3:a:microsoft:internet_explorer:8.*:sp?:*:*:*:*:*:*", "cpe:/a:microsoft:internet_explorer:8.%02:sp%01")]
    [InlineData("cpe:2.3:a:hp:insight_diagnostics:7.4.0.1570:-:*:*:online:win2003:x64:*", "cpe:/a:hp:insight_diagnostics:7.4.0.1570:-:~~online~win2003~x64~")]
    [InlineData("cpe:2.3:a:hp:openview_network_manager:7.51:-:*:*:*:linux:*:*", "cpe:/a:hp:openview_network_manager:7.51:-:~~~linux~~")]
    [InlineData(@"cpe:2.3:a:foo\\bar:big\$money_manager_2010:*:*:*:*:special:ipod_touch:80gb:*", "cpe:/a:foo%5cbar:big%24money_manager_2010:::~~special~ipod_touch~80gb~")]
    [InlineData("cpe:2.3:a:vendor:product:1.0:*:*:en-us:*:*:*:*", "cpe:/a:vendor:product:1.0:::en-us")]
    [InlineData(@"cpe:2.3:a:vendor:product\~x:1.0:*:-:*:*:*:*:-", "cpe:/a:vendor:product%7ex:1.0::~-~~~~-")]
    [InlineData("cpe:2.3:*:*:*:*:*:*:*:*:*:*:*", "cpe:/")]
    [InlineData("cpe:2.3:-:vendor:*:*:*:*:*:*:*:*:*", "cpe:/-:vendor")]
    public void ANameBindsToTheUriItsSpecificationGivesAndBack(string formatted, string uri)
    {
        var name = CpeName.Parse(formatted);

        name.ToUri().ShouldBe(uri);
        CpeName.Parse(uri).ShouldBe(name);
    }

    [Theory]
    [InlineData("cpe:/a:microsoft:internet_explorer:8.%2a:sp%3f", "version", @"8\.\*", "update", @"sp\?")]
    [InlineData("cpe:/a:microsoft:internet_explorer:8.%02:sp%01", "version", @"8\.*", "update", "sp?")]
    [InlineData("cpe:/a:foo~bar:big%7emoney_2010", "vendor", @"foo\~bar", "product", @"big\~money_2010")]
    [InlineData("cpe:/a:vendor:product:1.0:%01%01beta", "version", @"1\.0", "update", "??beta")]
    [InlineData("cpe:/a:vendor:product:%2A1:%21", "version", @"\*1", "update", @"\!")] // upper-case hex too
    public void AUriUnbindsToTheWfnOfNistir7695(string uri, string first, string firstValue, string second, string secondValue)
    {
        var wfn = CpeName.Parse(uri).ToWfnString();

        wfn.ShouldContain($"{first}=\"{firstValue}\"");
        wfn.ShouldContain($"{second}=\"{secondValue}\"");
    }

    [Fact]
    public void APackedEditionFillsTheExtendedAttributesAndTheLastTakesFurtherTildes()
    {
        var name = CpeName.Parse("cpe:/a:hp:insight_diagnostics:7.4.0.1570::~~online~win2003~x64~a~b");

        name.Update.IsAny.ShouldBeTrue();
        name.Edition.IsAny.ShouldBeTrue();
        name.SoftwareEdition.Literal.ShouldBe("online");
        name.TargetSoftware.Literal.ShouldBe("win2003");
        name.TargetHardware.Literal.ShouldBe("x64");
        name.Other.Literal.ShouldBe("a~b");
    }

    [Fact]
    public void AUriKeepsTheCaseOfItsLetters()
    {
        // NISTIR 7695's decode lower-cases; we keep case so a name survives the URI binding (matching ignores case anyway).
        CpeName.Parse("cpe:/A:Microsoft:IE").ToString().ShouldBe("cpe:2.3:a:Microsoft:IE:*:*:*:*:*:*:*:*");
    }

    [Theory]
    [InlineData("cpe:/a:foo:bar:12.%02.1234", 18, "%02", "may only start or end a value")]
    [InlineData("cpe:/a:foo:bar:1.%01.2", 17, "%01", "may only start or end a value")]
    [InlineData("cpe:/a:foo:bar:1.0%2e", 18, "%2e", "not one of NISTIR 7695's percent-encodings")]
    [InlineData("cpe:/a:foo:bar:1.0%4", 18, "%4", "two-digit percent-encoding")]
    [InlineData("cpe:/a:foo:bar:1.0%zz", 18, "%zz", "two-digit percent-encoding")]
    [InlineData("cpe:/a:foo:b!ar", 12, "!", "must be percent-encoded")]
    [InlineData("cpe:/x:foo:bar", 5, "x", "the part must be")]
    [InlineData("cpe:/a:foo:bar:1:2:3:en:extra", 23, ":extra", "more than 7 components")]
    [InlineData("cpe:/a:foo:bar:1:2:~a~b", 19, "~a~b", "five '~'-separated parts")]
    [InlineData("cpe:/a:foo:bar:1:2:3:english", 21, "english", "the language must be a tag")]
    [InlineData("cpe:/a:foo:%01%01", 11, "%01%01", "at least one character besides wildcards")]
    public void AMalformedUriIsRejectedWithWhatAndWhere(string text, int position, string offending, string reason) =>
        text.ShouldBeRejectedAt(position, offending, reason);
}
