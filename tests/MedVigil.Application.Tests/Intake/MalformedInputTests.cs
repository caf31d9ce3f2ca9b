using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using MedVigil.Application.Advisories;
using MedVigil.Application.Exploitation;
using MedVigil.Application.Sboms;
using MedVigil.Domain.Common;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Application.Tests.Intake;

/// <summary>
/// Every import, given each kind of hostile or broken input (truncated JSON, wrong types, 100-level nesting, a 2 GiB
/// claimed length, a gzip bomb): a validation error that names the source and the problem, and not one row written.
/// </summary>
public sealed class MalformedInputTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, DatabaseKind> Imports()
    {
        var data = new TheoryData<string, DatabaseKind>();
        foreach (var kind in new BothProviders())
        {
            foreach (var name in Importers.Keys)
            {
                data.Add(name, kind.Data);
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(Imports))]
    public async Task EachBrokenInput_IsRefusedWithItsProblem_AndStoresNothing(string import, DatabaseKind kind)
    {
        await using var host = await TestHost.StartIsolatedAsync(kind);
        var importer = Importers[import];
        var before = await CountRowsAsync(host);

        foreach (var (damage, expectedCode) in Damages(importer))
        {
            var error = await importer.ImportAsync(host, $"{import}-{damage}", Input(importer, damage));

            error.ShouldNotBeNull($"{import}: {damage} was imported");
            error.Kind.ShouldBe(ErrorKind.Validation, $"{import}: {damage}");
            error.Message.ShouldStartWith($"{import}-{damage}: ", Case.Sensitive, $"{import}: {damage} names its source");
            error.Fields.ShouldContain(f => f.Message.StartsWith(expectedCode, StringComparison.Ordinal),
                $"{import}: {damage} expected {expectedCode}, got {string.Join("; ", error.Fields)}");
            (await CountRowsAsync(host)).ShouldBe(before, $"{import}: {damage} wrote rows");
        }
    }

    [Fact]
    public async Task AClaimedLengthOf2GiB_IsRefusedBeforeAByteIsRead()
    {
        await using var stream = new ClaimedLengthStream();

        var bytes = await ReferenceData.ReadLimitedAsync(stream, ImportCsaf.MaxBytes, Ct);

        bytes.ShouldBeNull();
        stream.BytesRead.ShouldBe(0);
    }

    private static IEnumerable<(string Damage, string ExpectedCode)> Damages(Importer importer)
    {
        yield return ("truncated", importer.IsCsv ? "epss-" : "json-syntax");
        yield return ("wrong-types", importer.WrongTypeCode);
        if (!importer.IsCsv)
        {
            yield return ("nested-100", "limit-depth");
        }

        if (importer.TakesStream)
        {
            yield return ("claims-2gib", "limit-size");
        }

        yield return ("gzip-bomb", importer.GzipCode);
    }

    private static byte[] Input(Importer importer, string damage) => damage switch
    {
        "truncated" => importer.Sample()[..(importer.Sample().Length / 2)],
        "wrong-types" => importer.WrongTypes(),
        "nested-100" => Nested(importer.Sample(), 100),
        "claims-2gib" => [],
        "gzip-bomb" => GzipBomb.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(damage)),
    };

    // A member holding 100 nested arrays, first in the top-level object: the depth limit (64) must stop the reader.
    private static byte[] Nested(byte[] json, int depth)
    {
        var text = Encoding.UTF8.GetString(json);
        var brace = text.IndexOf('{', StringComparison.Ordinal);
        var deep = "\"deep\": " + new string('[', depth) + new string(']', depth) + ",";
        return Encoding.UTF8.GetBytes(text[..(brace + 1)] + deep + text[(brace + 1)..]);
    }

    // 200 MB of zeros in about 200 KB.
    private static readonly Lazy<byte[]> GzipBomb = new(() =>
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
            {
                gzip.Write(zeros);
            }
        }

        return packed.ToArray();
    });

    private static byte[] Mutated(string path, Action<JsonNode> change)
    {
        var node = JsonNode.Parse(File.ReadAllBytes(path))!;
        change(node);
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    private static readonly Dictionary<string, Importer> Importers = new(StringComparer.Ordinal)
    {
        ["csaf"] = Json(SharedData.Path("icsma", "2023", "icsma-23-047-01.json"), d => d["document"]!["tracking"] = "not an object", "csaf-",
            (host, source, content) => host.Get<ImportCsaf>().ExecuteAsync(new ImportCsafCommand(source, content), Ct)),
        ["nvd"] = Json(SharedData.Path("nvd", "cve-records", "CVE-1999-0022.json"), d => d["cve"]!["published"] = 1999, "json-type",
            (host, source, content) => host.Get<ImportNvd>().ExecuteAsync(new ImportNvdCommand(source, content), Ct)),
        ["osv"] = Json(SharedData.Path("osv", "golang-vulndb", "GO-2020-0001.json"), d => d["affected"] = "everything", "json-type",
            (host, source, content) => host.Get<ImportOsv>().ExecuteAsync(new ImportOsvCommand(source, content), Ct)),
        ["kev"] = Json(SharedData.Path("kev", "known_exploited_vulnerabilities.json"), d => d["vulnerabilities"] = new JsonObject(), "json-type",
            (host, source, content) => host.Get<ImportKev>().ExecuteAsync(new ImportKevCommand(source, content), Ct)),
        ["epss"] = new Importer(
            () => File.ReadAllBytes(SharedData.Path("epss", "epss_scores-2026-01-30.csv.gz")),
            () => Encoding.UTF8.GetBytes("#model_version:v2025.03.14,score_date:2026-01-30T12:55:00Z\ncve,epss,percentile\nCVE-1999-0001,high,0.5\n"),
            "epss-", IsCsv: true, TakesStream: true,
            (host, source, content) => ErrorOf(host.Get<ImportEpss>().ExecuteAsync(new ImportEpssCommand(source, content), Ct)),
            GzipCode: "limit-"),
        ["sbom"] = new Importer(
            () => File.ReadAllBytes(SharedData.Path("medical", "sbom", "spacelab-ccny-case-study-narrow.sbom.json")),
            () => Mutated(SharedData.Path("medical", "sbom", "spacelab-ccny-case-study-narrow.sbom.json"), d => d["components"] = new JsonObject()),
            "type: ", IsCsv: false, TakesStream: false,
            async (host, source, content) =>
            {
                using var buffer = new MemoryStream();
                await content.CopyToAsync(buffer, Ct);
                return await ErrorOf(host.Get<ImportSbom>().ExecuteAsync(new ImportSbomCommand(source, buffer.ToArray(), "Spacelabs", "Monitor", "1.0"), Ct));
            },
            GzipCode: "unknown-format"),
    };

    private static Importer Json<T>(string sample, Action<JsonNode> wrongTypes, string wrongTypeCode, Func<TestHost, string, Stream, Task<Result<T>>> import)
        where T : notnull =>
        new(() => File.ReadAllBytes(sample), () => Mutated(sample, wrongTypes), wrongTypeCode, IsCsv: false, TakesStream: true,
            (host, source, content) => ErrorOf(import(host, source, content)));

    private static async Task<Error?> ErrorOf<T>(Task<Result<T>> import)
        where T : notnull => (await import).Error;

    private static async Task<(int, int, int, int, int, int, int, int, int)> CountRowsAsync(TestHost host)
    {
        var db = host.NewScope().GetRequiredService<MedVigilDbContext>();
        return (await db.Advisories.CountAsync(Ct), await db.SourceDocuments.CountAsync(Ct), await db.Vulnerabilities.CountAsync(Ct),
            await db.AuditEvents.CountAsync(Ct), await db.KevReleases.CountAsync(Ct), await db.EpssScores.CountAsync(Ct),
            await db.Components.CountAsync(Ct), await db.ModelVersions.CountAsync(Ct), await db.Manufacturers.CountAsync(Ct));
    }

    /// <summary>One import: a real sample, the same with wrong types, the codes they give, and how to run it.</summary>
    private sealed record Importer(
        Func<byte[]> Sample, Func<byte[]> WrongTypes, string WrongTypeCode, bool IsCsv, bool TakesStream,
        Func<TestHost, string, Stream, Task<Error?>> Run, string GzipCode = "json-syntax")
    {
        public Task<Error?> ImportAsync(TestHost host, string source, byte[] content) =>
            Run(host, source, content.Length == 0 ? new ClaimedLengthStream() : new MemoryStream(content));
    }

    /// <summary>A stream that says it holds 2 GiB and would hand out bytes for ever.</summary>
    private sealed class ClaimedLengthStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => 2L * 1024 * 1024 * 1024;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'[', offset, count);
            BytesRead += count;
            Position += count;
            return count;
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
