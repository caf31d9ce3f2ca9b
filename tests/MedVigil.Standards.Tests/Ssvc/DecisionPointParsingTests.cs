using MedVigil.Standards.Ssvc;
using P = MedVigil.Standards.Ssvc.SsvcDecisionPoints;

namespace MedVigil.Standards.Tests.Ssvc;

public sealed class DecisionPointParsingTests
{
    [Theory]
    [InlineData("P")] // the official short key
    [InlineData("p")] // keys ignore case
    [InlineData("Public PoC")] // the official name
    [InlineData("public poc")] // as SSVC's CSV export writes it
    [InlineData("public_poc")] // as JSON APIs and enums tend to write it
    [InlineData("PUBLIC-POC")]
    [InlineData("PoC")] // the 1.0.0 name, still used by CISA's vulnrichment data
    [InlineData("ssvc:E:1.1.0:P")] // the full value summary, as the decision tables' JSON writes it
    public void PublicPocIsReadFromItsKeyNameOrValueSummary(string text) =>
        P.Exploitation.Parse(text).ShouldBe(Exploitation.PublicPoc);

    [Theory]
    [InlineData("T*", CisaPriority.TrackStar)]
    [InlineData("track*", CisaPriority.TrackStar)]
    [InlineData("cisa:CISA:1.1.0:AC", CisaPriority.Act)]
    [InlineData("Attend", CisaPriority.Attend)]
    public void CisaLevelsAreReadFromTheirKeysAndNames(string text, CisaPriority expected) =>
        P.CisaPriority.Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData("MSC", MissionImpact.MefSupportCrippled)]
    [InlineData("mef support crippled", MissionImpact.MefSupportCrippled)]
    [InlineData("Crippled", MissionImpact.MefSupportCrippled)] // the name in the HI prose and the legacy child tree
    [InlineData("MEF", MissionImpact.MefFailure)]
    [InlineData("mission failure", MissionImpact.MissionFailure)]
    public void MissionImpactIsReadFromItsKeysNamesAndOlderName(string text, MissionImpact expected) =>
        P.MissionImpact.Parse(text).ShouldBe(expected);

    [Theory]
    [InlineData("VH", HumanImpact.VeryHigh)]
    [InlineData("very high", HumanImpact.VeryHigh)]
    [InlineData("Out-of-Cycle", DeployerPriority.OutOfCycle)]
    [InlineData("out of cycle", DeployerPriority.OutOfCycle)]
    [InlineData("Unavoidable", SystemExposure.Open)] // System Exposure 1.0.0's name for Open
    [InlineData("R", SafetyImpact.Critical)]
    [InlineData("MA", PublicWellBeingImpact.Material)]
    public void MultiWordAndOlderNamesAreRead(string text, object expected)
    {
        object parsed = expected switch
        {
            HumanImpact => P.HumanImpact.Parse(text),
            DeployerPriority => P.DeployerPriority.Parse(text),
            SystemExposure => P.SystemExposure.Parse(text),
            SafetyImpact => P.SafetyImpact.Parse(text),
            _ => P.PublicWellBeingImpact.Parse(text),
        };
        parsed.ShouldBe(expected);
    }

    [Fact]
    public void EveryValueOfEveryDecisionPointRoundTripsThroughItsKeyNameAndSummary()
    {
        RoundTrips(P.Exploitation);
        RoundTrips(P.SystemExposure);
        RoundTrips(P.Automatable);
        RoundTrips(P.SafetyImpact);
        RoundTrips(P.MissionImpact);
        RoundTrips(P.HumanImpact);
        RoundTrips(P.TechnicalImpact);
        RoundTrips(P.MissionPrevalence);
        RoundTrips(P.PublicWellBeingImpact);
        RoundTrips(P.MissionAndWellBeingImpact);
        RoundTrips(P.DeployerPriority);
        RoundTrips(P.CisaPriority);
    }

    [Theory]
    [InlineData("", 0, "")] // nothing to read
    [InlineData("Maybe", 0, "Maybe")] // not a key or name
    [InlineData("ssvc:E:1.0.0:P", 7, "1.0.0")] // a key means something only for the version that defines it
    [InlineData("cisa:E:1.1.0:P", 0, "cisa")] // another namespace
    [InlineData("ssvc:EXP:1.1.0:P", 5, "EXP")] // another decision point
    [InlineData("ssvc:E:1.1.0:Public PoC", 13, "Public PoC")] // a value summary holds a key, not a name
    [InlineData("ssvc:E:1.1.0:x:P", 13, "x")] // one part too many
    [InlineData("ssvc:E:1.1.0:", 13, "")] // no key
    public void AnInvalidExploitationSaysWhatAndWhere(string text, int position, string offending)
    {
        P.Exploitation.TryParse(text, out _, out var error).ShouldBeFalse();
        error.Position.ShouldBe(position);
        error.Text.ShouldBe(offending);
        error.Message.ShouldContain($"{position}");
        Should.Throw<FormatException>(() => P.Exploitation.Parse(text)).Message.ShouldBe(error.Message);
    }

    [Fact]
    public void AnUnknownValueListsTheExpectedKeysAndNames() =>
        Should.Throw<FormatException>(() => P.Automatable.Parse("maybe")).Message.ShouldContain("N (No), Y (Yes)");

    [Fact]
    public void TextLongerThanTheLimitIsRejectedBeforeAnyWork()
    {
        P.HumanImpact.TryParse(new string('V', 10_000), out _, out var error).ShouldBeFalse();
        error.Position.ShouldBe(SsvcDecisionPoint<HumanImpact>.MaxLength);
    }

    [Fact]
    public void NoTwoValuesOfADecisionPointShareAKeyOrName()
    {
        foreach (var point in P.All)
        {
            var spellings = point.Values.SelectMany(v => new[] { v.Key, Normalized(v.Name) })
                .GroupBy(s => s, StringComparer.OrdinalIgnoreCase);
            spellings.Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty(point.Id);
        }
    }

    [Fact]
    public void DescribingAnUndefinedValueIsAnArgumentError() =>
        Should.Throw<ArgumentOutOfRangeException>(() => P.Exploitation.Describe((Exploitation)3));

    private static void RoundTrips<T>(SsvcDecisionPoint<T> point)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            var info = point.Describe(value);
            point.Parse(info.Key).ShouldBe(value);
            point.Parse(info.Name).ShouldBe(value);
            point.Parse(info.Name.ToUpperInvariant()).ShouldBe(value);
            point.Parse(point.SummaryOf(value)).ShouldBe(value);
            point.SummaryOf(value).ShouldBe($"{point.Id}:{info.Key}");
        }
    }

    private static string Normalized(string name) => name.Replace('-', ' ').Replace('_', ' ');
}
