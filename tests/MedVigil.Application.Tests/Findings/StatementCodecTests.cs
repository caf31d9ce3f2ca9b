using MedVigil.Application.Findings;
using MedVigil.Application.Tests.Vex;
using MedVigil.Domain.Matching;
using MedVigil.Formats.Csaf;
using MedVigil.Formats.CycloneDx;
using MedVigil.Formats.Nvd;
using MedVigil.Formats.OpenVex;
using MedVigil.Formats.Osv;
using MedVigil.Testing;

namespace MedVigil.Application.Tests.Findings;

/// <summary>
/// Compiled statements must come back exactly as converted: every statement of the real corpora (ICSMA, NVD records,
/// OSV, OpenVEX, CSAF VEX, CycloneDX VEX) is encoded, decoded and compared field by field (through its text and a
/// second encoding).
/// </summary>
public sealed class StatementCodecTests
{
    public static TheoryData<string> Corpora => new() { "icsma", "nvd", "osv", "openvex", "csaf-vex", "cyclonedx-vex" };

    [Theory, MemberData(nameof(Corpora))]
    public void Every_statement_of_the_corpus_round_trips(string corpus)
    {
        var sets = Sets(corpus).ToList();
        sets.Count.ShouldBeGreaterThan(10);
        var statements = 0;
        foreach (var (file, set) in sets)
        {
            var encoded = StatementCodec.Encode(set);
            var decoded = StatementCodec.Decode(encoded);

            StatementCodec.Encode(decoded).ShouldBe(encoded, file);
            decoded.Statements.Select(Text).ShouldBe(set.Statements.Select(Text), file);
            decoded.Configurations.Select(c => c.ToString()).ShouldBe(set.Configurations.Select(c => c.ToString()), file);
            decoded.Skipped.ShouldBe(set.Skipped, file);
            statements += set.Statements.Count + set.Configurations.Count;
        }

        // The CycloneDX VEX examples point into other BOMs by BOM-Link, so their parts are all skipped (and round-trip as such).
        statements.ShouldBeGreaterThan(corpus == "cyclonedx-vex" ? -1 : 10, $"{statements} statements");
        sets.Sum(s => s.Set.Statements.Count + s.Set.Configurations.Count + s.Set.Skipped.Count).ShouldBeGreaterThan(10);
    }

    /// <summary>Every field of a statement, labels and analysis included.</summary>
    private static string Text(AffectedStatement s) =>
        $"{s} | {s.Vulnerability} | {s.Product.IndexKey} | {s.Versions.Kind} {s.Versions.Range} {string.Join(",", s.Versions.BoundLabels.Select(l => l.Key + "=" + l.Value))}"
        + $" | {s.Analysis?.State} {s.Analysis?.Justification} {s.Analysis?.WrittenJustification} {string.Join(",", s.Analysis?.Responses ?? [])} {s.Analysis?.Detail}"
        + $" | {s.Provenance.DocumentSha256} {s.Provenance.Revision}";

    private static IEnumerable<(string File, StatementSet Set)> Sets(string corpus) => corpus switch
    {
        "icsma" => Files("icsma").Select(f => (f, CsafStatements.Convert(CsafReader.Read(f).Document!, new DocumentOrigin("1", "sha")))),
        "nvd" => Files("nvd", "cve-records").Select(f => (f, NvdStatements.Convert(NvdCveReader.ReadRecord(f).Document!))),
        "osv" => Files("osv").Select(f => (f, OsvReader.Read(f))).Where(r => r.Item2.IsValid).Select(r => (r.f, OsvStatements.Convert(r.Item2.Document!))),
        "openvex" => VexSamples.OpenVex().Select(f => (f, OpenVexStatements.Convert(OpenVexReader.Read(f).Document!))),
        "csaf-vex" => VexSamples.CsafVex().Select(f => (f, CsafStatements.Convert(CsafReader.Read(f).Document!))),
        _ => VexSamples.CycloneDxVex().Select(f => (f, CycloneDxVexStatements.Convert(CycloneDxReader.Read(f).Document!))),
    };

    private static IEnumerable<string> Files(params string[] path) =>
        Directory.EnumerateFiles(SharedData.Path(path), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
}
