using System.Text;
using MedVigil.Formats.Common;
using MedVigil.Formats.Kev;
using MedVigil.Formats.Nvd;
using MedVigil.Formats.OpenVex;
using MedVigil.Formats.Osv;

namespace MedVigil.Formats.Tests.Kev;

/// <summary>
/// Input every JSON feed reader (KEV, NVD, OSV, OpenVEX) must refuse the same way, through their shared
/// <c>JsonFields.Read</c>: truncated, too deep, too large, the wrong root type. One clear issue, no document.
/// </summary>
public sealed class FeedJsonInputTests
{
    private static readonly Dictionary<string, Func<Stream, ReaderLimits?, IReadOnlyList<FormatIssue>>> Readers = new(StringComparer.Ordinal)
    {
        ["kev"] = (s, l) => Refused(KevReader.Read(s, l)),
        ["nvd-page"] = (s, l) => Refused(NvdCveReader.ReadPage(s, l)),
        ["nvd-record"] = (s, l) => Refused(NvdCveReader.ReadRecord(s, l)),
        ["nvd-override"] = (s, l) => Refused(NvdCveReader.ReadOverride(s, l)),
        ["osv"] = (s, l) => Refused(OsvReader.Read(s, l)),
        ["openvex"] = (s, l) => Refused(OpenVexReader.Read(s, l)),
    };

    public static TheoryData<string> ReaderNames => [.. Readers.Keys];

    private static IReadOnlyList<FormatIssue> Refused<T>(ReadResult<T> result)
        where T : class
    {
        result.Document.ShouldBeNull();
        return result.Issues;
    }

    private static FormatIssue Read(string reader, string json, ReaderLimits? limits = null) =>
        Readers[reader](new MemoryStream(Encoding.UTF8.GetBytes(json)), limits).ShouldHaveSingleItem();

    [Theory]
    [MemberData(nameof(ReaderNames))]
    public void TruncatedJsonIsASyntaxErrorWithItsPosition(string reader) =>
        // The parser's "Expected depth to be zero" message is a syntax error, not the depth limit.
        Read(reader, "{\"id\":\"CVE-2023-0001\",\"items\":[{\"a\":1},").ShouldSatisfyAllConditions(
            i => i.Code.ShouldBe("json-syntax"), i => i.Location.ShouldBe("line 1, byte 39"));

    [Theory]
    [MemberData(nameof(ReaderNames))]
    public void HundredLevelNestingIsRefused(string reader) =>
        Read(reader, new string('[', 100) + new string(']', 100)).Code.ShouldBe("limit-depth");

    [Theory]
    [MemberData(nameof(ReaderNames))]
    public void AnOversizedDocumentIsRefused(string reader) =>
        Read(reader, "{\"text\":\"" + new string('x', 1000) + "\"}", ReaderLimits.Default with { MaxBytes = 100 })
            .ShouldBe(new FormatIssue("", "limit-size", "The input is larger than 100 bytes."));

    [Theory]
    [MemberData(nameof(ReaderNames))]
    public void AnArrayWhereAnObjectBelongsIsATypeError(string reader) =>
        Read(reader, "[]").ShouldBe(new FormatIssue("", "json-type", "Expected an object, found an array."));
}
