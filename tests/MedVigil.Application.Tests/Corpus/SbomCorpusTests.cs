using MedVigil.Application.Sboms;
using MedVigil.Testing;

namespace MedVigil.Application.Tests.Corpus;

/// <summary>
/// "Imports without error" for the SBOM corpora of shared/data: every CycloneDX example (JSON and XML) and every SPDX
/// example (JSON and tag-value), each into a model version of its own named after its path. One database per provider
/// for the class.
/// </summary>
public sealed class SbomCorpusTests(CorpusDatabase database) : IClassFixture<CorpusDatabase>
{
    /// <summary>SPDX 3.0 (JSON-LD) is not read yet: the SPDX reader names it and refuses it (26 files, every <c>spdx3.0/</c> example).</summary>
    private static Dictionary<string, string> Spdx3(string root, IEnumerable<string> files) => files
        .Where(f => f.Contains("spdx3", StringComparison.Ordinal))
        .ToDictionary(f => CorpusRun.Relative(root, f), _ => "spdx-unsupported-version: this is a JSON-LD document (SPDX 3.0)", StringComparer.Ordinal);

    private static Func<string, byte[], CancellationToken, Task<Domain.Common.Error?>> Importer(TestHost host, string corpus, string root) =>
        async (file, bytes, ct) => CorpusRun.ErrorOf(await host.Get<ImportSbom>().ExecuteAsync(
            new ImportSbomCommand(file, bytes, corpus, CorpusRun.Relative(root, file), "1"), ct));

    [Theory, ClassData(typeof(BothProviders))]
    public async Task EveryCycloneDxExampleImports(DatabaseKind kind)
    {
        var host = await database.HostAsync(kind);
        var root = SharedData.Path("cyclonedx", "examples");
        var files = CorpusRun.Files(root, ".json", ".xml");

        var passed = await CorpusRun.ImportAsync("CycloneDX examples", root, files, new Dictionary<string, string>(),
            Importer(host, "bom-examples", root));

        passed.ShouldBe(59);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task EverySpdx2ExampleImports(DatabaseKind kind)
    {
        var host = await database.HostAsync(kind);
        var root = SharedData.Path("spdx");
        var files = CorpusRun.Files(root, ".json", ".spdx").Where(f => !CorpusRun.Relative(root, f).StartsWith("schema/", StringComparison.Ordinal)).ToList();

        var spdx3 = Spdx3(root, files);

        var passed = await CorpusRun.ImportAsync("SPDX examples", root, files, spdx3, Importer(host, "spdx-examples", root));

        (files.Count, spdx3.Count, passed).ShouldBe((45, 26, 19));
    }
}
