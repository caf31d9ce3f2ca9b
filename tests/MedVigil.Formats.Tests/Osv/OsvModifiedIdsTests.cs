using System.Text;
using MedVigil.Formats.Osv;

namespace MedVigil.Formats.Tests.Osv;

/// <summary>OSV's per-ecosystem <c>modified_id.csv</c>.</summary>
public sealed class OsvModifiedIdsTests
{
    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void RowsAreReadWithTheirTimesAndLines()
    {
        var read = OsvModifiedIds.Read(Text("2024-09-25T20:52:38.813437Z,GO-2024-3142\n2021-04-14T20:04:52Z,GO-2020-0001\n"));

        read.Issues.ShouldBeEmpty();
        read.Document!.Select(r => (r.Id, r.Line)).ShouldBe([("GO-2024-3142", 1), ("GO-2020-0001", 2)]);
        read.Document![1].Modified.ShouldBe(new DateTimeOffset(2021, 4, 14, 20, 4, 52, TimeSpan.Zero));
    }

    [Fact]
    public void AHeaderLineIsSkipped() =>
        OsvModifiedIds.Read(Text("modified,id\n2024-01-01T00:00:00Z,GO-2024-0001\n")).Document!.ShouldHaveSingleItem().Line.ShouldBe(2);

    [Theory]
    [InlineData("2024-01-01T00:00:00Z,../../etc/passwd", "osv-id")]
    [InlineData("2024-01-01T00:00:00Z,GO/2024", "osv-id")]
    [InlineData("yesterday,GO-2024-0001", "bad-date")]
    [InlineData("GO-2024-0001", "csv-syntax")]
    public void ABadRowIsRefusedAtItsLine(string row, string code)
    {
        var read = OsvModifiedIds.Read(Text("2024-01-02T00:00:00Z,GO-2024-0002\n" + row + "\n"));

        read.Document.ShouldBeNull();
        read.Issues.ShouldHaveSingleItem().ShouldSatisfyAllConditions(i => i.Location.ShouldBe("line 2"), i => i.Code.ShouldBe(code));
    }
}
