using System.Security.Cryptography;
using System.Text;
using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

/// <summary><c>bench generate</c> and <c>bench run</c> on tiny workloads: determinism and an end-to-end run (nothing is timed).</summary>
public sealed class BenchCommandTests
{
    private static readonly string[] Tiny = ["--devices", "200", "--models", "8", "--osv", "400", "--nvd", "300"];

    [Fact]
    public async Task TheSameSeedWritesTheSameBytesAndAnotherSeedDoesNot()
    {
        var (first, second, other) = (NewFolder(), NewFolder(), NewFolder());

        (await GenerateAsync(first, "--seed", "7")).Exit.ShouldBe(0);
        (await GenerateAsync(second, "--seed", "7")).Exit.ShouldBe(0);
        (await GenerateAsync(other, "--seed", "8")).Exit.ShouldBe(0);

        var hashes = Hashes(first);
        hashes.Count.ShouldBeGreaterThan(400);
        Hashes(second).ShouldBe(hashes);
        Hashes(other).ShouldNotBe(hashes);
    }

    [Fact]
    public async Task EveryGeneratedDocumentReadsWithoutAnIssueAndConvertsWithoutASkippedStatement()
    {
        var folder = NewFolder();
        (await GenerateAsync(folder)).Exit.ShouldBe(0);

        using (var inventory = new StreamReader(Path.Combine(folder, "inventory.csv")))
        {
            var read = Formats.Inventory.InventoryCsvReader.Read(inventory);
            read.Issues.ShouldBeEmpty();
            read.Records.Count.ShouldBe(200);
        }

        var sboms = Directory.GetFiles(folder, "*.cdx.json", SearchOption.AllDirectories);
        sboms.Length.ShouldBeGreaterThan(8);
        foreach (var sbom in sboms)
        {
            var read = Formats.CycloneDx.CycloneDxReader.Read(sbom);
            read.Issues.ShouldBeEmpty(sbom);
            read.Document!.Components.Count.ShouldBeInRange(31, 401, sbom); // 30–400 libraries and the operating system
        }

        var osv = Directory.GetFiles(Path.Combine(folder, "osv"), "*.json", SearchOption.AllDirectories)
            .Append(Path.Combine(folder, "incremental", "osv", "MVB-NEW-000001.json")).ToList();
        osv.Count.ShouldBe(401);
        foreach (var file in osv)
        {
            var read = Formats.Osv.OsvReader.Read(file);
            read.Issues.ShouldBeEmpty(file);
            var statements = Formats.Osv.OsvStatements.Convert(read.Document!);
            statements.Skipped.ShouldBeEmpty(file);
            statements.Statements.ShouldNotBeEmpty(file);
        }

        var page = Formats.Nvd.NvdCveReader.ReadPage(Path.Combine(folder, "nvd", "page-0000.json"));
        page.Issues.ShouldBeEmpty();
        page.Document!.Vulnerabilities.Count.ShouldBe(300);
        var converted = page.Document.Vulnerabilities.Select(cve => Formats.Nvd.NvdStatements.Convert(cve)).ToList();
        converted.ShouldAllBe(set => set.Skipped.Count == 0 && set.Statements.Count + set.Configurations.Count > 0);
    }

    [Fact]
    public async Task AFolderThatIsNotEmptyIsRefused()
    {
        var folder = NewFolder();
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "keep.txt"), "mine", TestContext.Current.CancellationToken);

        var run = await GenerateAsync(folder);

        run.Exit.ShouldBe(2, run.ToString());
        run.Error.ShouldContain("is not empty");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ATinyWorkloadImportsWithoutAFailureAndTheEngineFindsTheNewAdvisoryOnBothProviders(DatabaseKind kind)
    {
        var folder = NewFolder();
        (await GenerateAsync(folder)).Exit.ShouldBe(0);
        var icsma = SharedData.Path("icsma");
        var (provider, postgresName) = await TestDatabases.IsolatedProviderAsync(kind);
        try
        {
            string[] database = postgresName is null
                ? ["--db", Path.Combine(Path.GetDirectoryName(TestDatabases.NewSqliteFile())!, "bench.db")]
                : ["--postgres", new Npgsql.NpgsqlConnectionStringBuilder(TestDatabases.PostgresServerOrSkip()) { Database = postgresName }.ConnectionString];
            _ = provider;

            var run = await RunCliAsync(["bench", "run", folder, "--csaf", icsma, .. database]);

            run.Exit.ShouldBe(0, run.ToString());
            run.Error.ShouldBeEmpty(run.ToString());
            run.Output.ShouldContain("200 devices created");
            run.Output.ShouldMatch(@"import sboms \(index\)\s+\S+ m?s\s+\d+ documents, 0 failed");
            run.Output.ShouldMatch(@"import osv\s+\S+ m?s\s+400 documents, 0 failed; 400 records imported");
            run.Output.ShouldMatch(@"import nvd\s+\S+ m?s\s+1 documents, 0 failed; 300 records imported");
            run.Output.ShouldMatch(@"import csaf\s+\S+ m?s\s+134 documents, 0 failed");
            run.Output.ShouldMatch(@"analyze \(full\)\s+\S+ m?s\s+\d+ advisories × \d+ model versions evaluated .*findings [1-9]\d* opened");
            run.Output.ShouldMatch(@"incremental: import new advisory\s+\S+ m?s\s+1 documents, 0 failed; 1 records imported");
            run.Output.ShouldMatch(@"incremental: analyze \(new advisory\)\s+\S+ m?s\s+1 advisories × 0 model versions evaluated .*findings [1-9]\d* opened");
            run.Output.ShouldMatch(@"incremental: analyze \(new sbom\)\s+\S+ m?s\s+0 advisories × 1 model versions evaluated");
            run.Output.ShouldMatch(@"engine: new advisory → affected devices\s+\S+ m?s\s+[1-9]\d* findings, [1-9]\d* model versions affected, [1-9]\d* devices");
            run.Output.ShouldContain("memory: peak working set");
        }
        finally
        {
            if (postgresName is not null)
            {
                await TestDatabases.DropIsolatedPostgresAsync(postgresName);
            }
        }
    }

    [Fact]
    public async Task EngineOnlyNeedsNoDatabase()
    {
        var folder = NewFolder();
        (await GenerateAsync(folder)).Exit.ShouldBe(0);

        var run = await RunCliAsync(["bench", "run", folder, "--engine-only", "--csaf", SharedData.Path("icsma")]);

        run.Exit.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("engine: EvaluateAll (matching)");
        run.Output.ShouldNotContain("import inventory");
        File.Exists(Path.Combine(folder, "bench.db")).ShouldBeFalse();
    }

    [Fact]
    public async Task RunRefusesAFolderWithoutAWorkloadAndAnExistingDatabaseFile()
    {
        var empty = NewFolder();
        Directory.CreateDirectory(empty);
        var workload = NewFolder();
        (await GenerateAsync(workload)).Exit.ShouldBe(0);
        var existing = TestDatabases.NewSqliteFile();
        await File.WriteAllTextAsync(existing, "", TestContext.Current.CancellationToken);

        var noWorkload = await RunCliAsync(["bench", "run", empty]);
        var existingDb = await RunCliAsync(["bench", "run", workload, "--db", existing]);

        noWorkload.Exit.ShouldBe(2, noWorkload.ToString());
        noWorkload.Error.ShouldContain("holds no generated workload");
        existingDb.Exit.ShouldBe(2, existingDb.ToString());
        existingDb.Error.ShouldContain("needs a new database file");
    }

    private static string NewFolder() => Path.Combine(Path.GetDirectoryName(TestDatabases.NewSqliteFile())!, "workload");

    private static Task<Run> GenerateAsync(string folder, params string[] extra) => RunCliAsync(["bench", "generate", "--out", folder, .. Tiny, .. extra]);

    private static async Task<Run> RunCliAsync(string[] args)
    {
        var (output, error) = (new StringWriter(new StringBuilder()), new StringWriter(new StringBuilder()));
        var exit = await CliApp.RunAsync(args, TextReader.Null, output, error, TestContext.Current.CancellationToken);
        return new Run(exit, output.ToString(), error.ToString());
    }

    /// <summary>The SHA-256 of every file, by its path inside the folder.</summary>
    private static Dictionary<string, string> Hashes(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
