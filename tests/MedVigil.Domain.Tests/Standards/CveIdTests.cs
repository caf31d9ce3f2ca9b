using MedVigil.Standards.Identifiers;

namespace MedVigil.Domain.Tests.Standards;

public sealed class CveIdTests
{
    [Theory]
    [InlineData("CVE-2021-44228", 2021, 44228L)]
    [InlineData("CVE-1999-0001", 1999, 1L)]
    [InlineData("CVE-2024-123456", 2024, 123456L)]
    [InlineData("CVE-2021-0123", 2021, 123L)]
    [InlineData("CVE-2014-0160", 2014, 160L)]
    public void ACveIdRoundTrips(string text, int year, long sequence)
    {
        var id = CveId.Parse(text);

        id.Year.ShouldBe(year);
        id.Sequence.ShouldBe(sequence);
        id.ToString().ShouldBe(text);
        CveId.TryParse(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(id);
        CveId.Parse(id.ToString()).ShouldBe(id);
    }

    [Theory]
    [InlineData("cve-2021-44228")]
    [InlineData("Cve-2021-44228")]
    public void TheCvePrefixIsReadInAnyCaseAndWrittenUpperCase(string text)
    {
        CveId.TryParse(text, out var id).ShouldBeTrue();
        id.ToString().ShouldBe("CVE-2021-44228");
        id.ShouldBe(CveId.Parse("CVE-2021-44228"));
    }

    [Fact]
    public void CveIdsSortByYearThenSequenceNumerically()
    {
        string[] texts = ["CVE-2024-123456", "CVE-2021-44228", "CVE-1999-0001", "CVE-2021-4104", "CVE-2024-0001", "CVE-2021-100000"];

        var sorted = texts.Select(CveId.Parse).Order().Select(c => c.ToString());

        sorted.ShouldBe(["CVE-1999-0001", "CVE-2021-4104", "CVE-2021-44228", "CVE-2021-100000", "CVE-2024-0001", "CVE-2024-123456"]);
        CveId.Parse("CVE-2021-9999").CompareTo(CveId.Parse("CVE-2022-0001")).ShouldBeLessThan(0);
        CveId.Parse("CVE-2021-44228").CompareTo(CveId.Parse("CVE-2021-44228")).ShouldBe(0);
    }

    [Theory]
    [InlineData(null, "position 0")]
    [InlineData("", "position 0")]
    [InlineData("2021-44228", "position 0")]
    [InlineData(" CVE-2021-44228", "position 0")]
    [InlineData("CAN-2021-44228", "position 0")]
    [InlineData("CVE-1998-0001", "position 4")]
    [InlineData("CVE-0999-0001", "position 4")]
    [InlineData("CVE-21-44228", "position 4")]
    [InlineData("CVE-20211-44228", "position 4")]
    [InlineData("CVE-２０２１-44228", "position 4")]
    [InlineData("CVE-2021", "position 4")]
    [InlineData("CVE-2021-123", "position 9")]
    [InlineData("CVE-2021-01234", "position 9")]
    [InlineData("CVE-2021-", "position 9")]
    [InlineData("CVE-2021-12a4", "position 9")]
    [InlineData("CVE-2021-+1234", "position 9")]
    [InlineData("CVE-2021-44228 ", "position 9")]
    [InlineData("CVE-2021-99999999999999999999", "position 9")]
    public void AMalformedCveIdIsRejectedNamingThePosition(string? text, string position)
    {
        CveId.TryParse(text, out _, out var error).ShouldBeFalse();
        CveId.TryParse(text, out _).ShouldBeFalse();

        error.ShouldContain(position, Case.Sensitive);
        error.ShouldContain($"'{text}'", Case.Sensitive);
        if (text is not null)
        {
            Should.Throw<FormatException>(() => CveId.Parse(text)).Message.ShouldBe(error);
        }
    }
}
