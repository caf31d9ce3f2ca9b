using System.IO.Compression;
using System.Text;
using MedVigil.Formats.Common;
using MedVigil.Formats.Epss;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests.Epss;

/// <summary>The EPSS reader against the real daily file in shared/data/epss and malformed input.</summary>
public sealed class EpssReaderTests
{
    private const string Small = """
        #model_version:v2025.03.14,score_date:2026-01-30T12:55:00Z
        cve,epss,percentile
        CVE-1999-0001,0.01151,0.78086
        CVE-1999-1170,2e-05,0.00039

        """;

    private static (ReadResult<EpssFile> Result, List<EpssScore> Rows) ReadBytes(byte[] bytes, ReaderLimits? limits = null)
    {
        var rows = new List<EpssScore>();
        var result = EpssReader.Read(new MemoryStream(bytes), rows.Add, limits);
        return (result, rows);
    }

    private static (ReadResult<EpssFile> Result, List<EpssScore> Rows) ReadText(string text) => ReadBytes(Encoding.UTF8.GetBytes(text));

    private static byte[] Gzip(byte[] plain)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(plain);
        }

        return output.ToArray();
    }

    [Fact]
    public void EveryRowOfTheRealGzipFileIsRead()
    {
        long rows = 0;
        double small = -1;
        var result = EpssReader.Read(SharedData.Path("epss", "epss_scores-2026-01-30.csv.gz"), score =>
        {
            rows++;
            if (score.Cve == "CVE-1999-1170")
            {
                small = score.Epss;
            }
        });

        result.Issues.ShouldBeEmpty();
        result.Document.ShouldBe(new EpssFile("v2025.03.14", new DateTimeOffset(2026, 1, 30, 12, 55, 0, TimeSpan.Zero), 313_089));
        rows.ShouldBe(313_089);
        small.ShouldBe(2e-05); // written in exponent notation in the file
        TestContext.Current.TestOutputHelper?.WriteLine($"EPSS 2026-01-30: {rows} rows read");
    }

    [Fact]
    public void PlainAndGzipTextReadTheSame()
    {
        var plain = ReadText(Small);
        var gzip = ReadBytes(Gzip(Encoding.UTF8.GetBytes(Small)));

        plain.Result.IsValid.ShouldBeTrue();
        plain.Rows.ShouldBe([new EpssScore("CVE-1999-0001", 0.01151, 0.78086), new EpssScore("CVE-1999-1170", 2e-05, 0.00039)]);
        gzip.Rows.ShouldBe(plain.Rows);
        gzip.Result.Document.ShouldBe(plain.Result.Document);
    }

    [Fact]
    public void TheOlderModelsScoreDateWithoutAColonInTheOffsetReads() =>
        ReadText("#model_version:v2023.03.01,score_date:2023-03-07T00:00:00+0000\ncve,epss,percentile\n").Result.Document!.ScoreDate
            .ShouldBe(new DateTimeOffset(2023, 3, 7, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AFileWithoutTheCommentLineReads() =>
        ReadText("cve,epss,percentile\nCVE-2020-0001,0.5,0.5\n").Result.Document.ShouldBe(new EpssFile(null, null, 1));

    [Theory]
    [InlineData("CVE-1999-0001,0.5", "line 3, column 3", "epss-columns")] // a field missing
    [InlineData("CVE-99-1,0.5,0.5", "line 3, column 1", "epss-cve-id")] // not a CVE id
    [InlineData("CVE-1999-0001,abc,0.5", "line 3, column 2", "epss-value")] // not a number
    [InlineData("CVE-1999-0001,0.5,1.5", "line 3, column 3", "epss-value")] // above 1
    [InlineData("CVE-1999-0001,NaN,0.5", "line 3, column 2", "epss-value")] // parses as a double, but is no probability
    public void ABadRowIsAnIssueAtItsLineAndColumnAndIsNotHandedOn(string row, string location, string code)
    {
        var (result, rows) = ReadText($"#model_version:v1,score_date:2026-01-30T12:55:00Z\ncve,epss,percentile\n{row}\nCVE-2020-0001,0.5,0.5\n");

        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(i => i.Location.ShouldBe(location), i => i.Code.ShouldBe(code));
        rows.Select(r => r.Cve).ShouldBe(["CVE-2020-0001"]);
        result.Document!.Rows.ShouldBe(1);
    }

    [Fact]
    public void AWrongHeaderStopsTheFile()
    {
        var (result, rows) = ReadText("#model_version:v1\ncve,score\nCVE-2020-0001,0.5\n");

        result.Document.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().ShouldSatisfyAllConditions(i => i.Location.ShouldBe("line 2, column 1"), i => i.Code.ShouldBe("epss-header"));
        rows.ShouldBeEmpty();
    }

    [Fact]
    public void AGzipBombStopsAtTheSizeLimit()
    {
        // 64 MiB of rows compress to well under 1 MiB; the limit counts the decompressed bytes.
        var row = Encoding.ASCII.GetBytes("CVE-1999-0001,0.5,0.5\n");
        var plain = new byte[64 * 1024 * 1024];
        for (var i = 0; i + row.Length <= plain.Length; i += row.Length)
        {
            row.CopyTo(plain, i);
        }

        var bomb = Gzip([.. Encoding.ASCII.GetBytes("cve,epss,percentile\n"), .. plain]);
        bomb.Length.ShouldBeLessThan(1024 * 1024);

        var (result, _) = ReadBytes(bomb, ReaderLimits.Default with { MaxBytes = 4 * 1024 * 1024 });

        result.Document.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("limit-size");
    }

    [Fact]
    public void ATruncatedGzipIsAnError()
    {
        var rows = Enumerable.Range(10_000, 5000).Select(i => $"CVE-2020-{i},0.{i},0.{i * 7}\n");
        var whole = Gzip(Encoding.UTF8.GetBytes(Small + string.Concat(rows)));

        var (result, _) = ReadBytes(whole[..(whole.Length / 2)]);

        // GZipStream itself ends quietly on a cut input; the reader checks the gzip trailer.
        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldContain(i => i.Code == "gzip-corrupt");
    }

    [Fact]
    public void TooManyRowsAreRefused() =>
        ReadBytes(Encoding.UTF8.GetBytes(Small), ReaderLimits.Default with { MaxItems = 1 }).Result.Errors
            .ShouldHaveSingleItem().ShouldSatisfyAllConditions(i => i.Code.ShouldBe("limit-items"), i => i.Location.ShouldBe("line 4, column 1"));

    [Fact]
    public void AnOverlongLineIsRefused() =>
        ReadBytes(Encoding.UTF8.GetBytes("cve,epss,percentile\n" + new string('x', 200) + "\n"), ReaderLimits.Default with { MaxStringLength = 100 })
            .Result.ShouldSatisfyAllConditions(r => r.Document.ShouldBeNull(), r => r.Errors.ShouldHaveSingleItem().Code.ShouldBe("limit-string"));

    [Fact]
    public void TheReaderGivesUpAfterManyBadRows()
    {
        var (result, _) = ReadText("cve,epss,percentile\n" + string.Concat(Enumerable.Repeat("junk\n", 500)));

        result.Document.ShouldBeNull();
        result.Errors.Count().ShouldBe(EpssReader.MaxRowIssues + 1);
        result.Errors.Last().Code.ShouldBe("too-many-issues");
    }
}
