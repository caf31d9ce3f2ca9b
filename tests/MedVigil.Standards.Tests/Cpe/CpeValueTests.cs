using MedVigil.Standards.Cpe;

namespace MedVigil.Standards.Tests.Cpe;

public sealed class CpeValueTests
{
    [Fact]
    public void TheDefaultValueIsAnyAndTheDefaultNameIsAllAny()
    {
        default(CpeValue).IsAny.ShouldBeTrue();
        default(CpeName).ToString().ShouldBe("cpe:2.3:*:*:*:*:*:*:*:*:*:*:*");
        default(CpeName).ToUri().ShouldBe("cpe:/");
        default(CpeName).Part.ShouldBe(CpePart.Any);
    }

    [Theory]
    [InlineData("8.0.6001", @"8\.0\.6001")]
    [InlineData("c++", @"c\+\+")]
    [InlineData("a*b?", @"a\*b\?")]
    [InlineData(@"foo\bar", @"foo\\bar")]
    [InlineData("under_score", "under_score")]
    public void ALiteralIsQuotedSoNothingInItIsAWildcard(string literal, string quoted)
    {
        var value = CpeValue.FromLiteral(literal);

        value.Quoted.ShouldBe(quoted);
        value.HasWildcards.ShouldBeFalse();
        value.Literal.ShouldBe(literal);
    }

    [Theory]
    [InlineData("", "at least one character")]
    [InlineData("-", "single '-'")]
    [InlineData("tab\there", "printable ASCII")]
    public void ALiteralThatNoBindingCanCarryIsRefused(string literal, string reason) =>
        Should.Throw<ArgumentException>(() => CpeValue.FromLiteral(literal)).Message.ShouldContain(reason);

    [Theory]
    [InlineData("8.0", 1, "in a WFN, every character other than")]
    [InlineData(@"\_x", 0, "never quoted")]
    [InlineData("x*y", 1, "may only start or end")]
    [InlineData(@"x\", 1, "never quoted")]
    public void AWfnValueMustBeCanonical(string wfn, int position, string reason)
    {
        CpeValue.TryFromWfn(wfn, out _, out var error).ShouldBeFalse();

        error.Position.ShouldBe(position);
        error.Reason.ShouldContain(reason);
    }

    [Fact]
    public void APatternHasNoLiteral()
    {
        CpeValue.FromWfn(@"8\.*").Literal.ShouldBeNull();
        CpeValue.Any.Literal.ShouldBeNull();
        CpeValue.NotApplicable.ToString().ShouldBe("NA");
    }

    [Fact]
    public void ANameCanBeBuiltFromValuesAndChangedOneAttributeAtATime()
    {
        var name = CpeName.Create(CpePart.OperatingSystem, CpeValue.FromLiteral("siemens"), CpeValue.FromLiteral("simatic_s7-1200_firmware"), CpeValue.FromLiteral("4.5"));

        name.ToString().ShouldBe("cpe:2.3:o:siemens:simatic_s7-1200_firmware:4.5:*:*:*:*:*:*:*");
        name.With(CpeAttribute.Update, CpeValue.NotApplicable).ToString().ShouldBe("cpe:2.3:o:siemens:simatic_s7-1200_firmware:4.5:-:*:*:*:*:*:*");
        name.With(CpeAttribute.Part, CpeValue.FromLiteral("h")).Part.ShouldBe(CpePart.Hardware);
        name.Update.IsAny.ShouldBeTrue(); // the original is unchanged
    }

    [Fact]
    public void APartOrLanguageOutsideTheirSyntaxIsRefused()
    {
        var name = CpeName.Create(CpePart.Application);

        Should.Throw<ArgumentException>(() => name.With(CpeAttribute.Part, CpeValue.FromLiteral("x")));
        Should.Throw<ArgumentException>(() => name.With(CpeAttribute.Language, CpeValue.FromLiteral("english")));
        Should.Throw<ArgumentException>(() => CpeName.Create(CpePart.Application, language: CpeValue.FromWfn(@"en\-*")));
        name.With(CpeAttribute.Language, CpeValue.FromLiteral("en-us")).ToString().ShouldBe("cpe:2.3:a:*:*:*:*:*:en-us:*:*:*:*");
    }

    [Fact]
    public void EqualityIsExactWhileComparisonIgnoresCase()
    {
        var lower = CpeName.Parse("cpe:2.3:a:gnu:bash:*:*:*:*:*:*:*:*");
        var upper = CpeName.Parse("cpe:2.3:a:GNU:bash:*:*:*:*:*:*:*:*");

        (lower == upper).ShouldBeFalse();
        CpeName.Compare(lower, upper).ShouldBe(CpeRelation.Equal);
        (lower == CpeName.Parse("cpe:/a:gnu:bash")).ShouldBeTrue();
    }
}
