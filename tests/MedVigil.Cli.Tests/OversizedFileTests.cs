using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

/// <summary>A 2 GiB file (sparse: no disk is used) is refused by every import before it is read, and nothing is stored.</summary>
public sealed class OversizedFileTests
{
    [Theory]
    [InlineData("csaf")]
    [InlineData("nvd")]
    [InlineData("osv")]
    [InlineData("kev")]
    [InlineData("epss")]
    [InlineData("sbom")]
    public async Task A2GiBFileIsRefusedWithItsSize_AndTheDatabaseIsUnchanged(string format)
    {
        var cli = Cli.OnNewSqliteFile();
        var file = Path.Combine(Path.GetDirectoryName(cli.DatabaseArgument)!, $"huge-{format}.json");
        await using (var sparse = File.Create(file))
        {
            sparse.SetLength(2L * 1024 * 1024 * 1024);
        }

        var args = format == "sbom" ? new[] { "import", "sbom", file, "--manufacturer", "M", "--model", "X", "--version", "1" } : ["import", format, file];
        var run = await cli.RunAsync(args);
        var csaf = await cli.RunAsync("import", "csaf", SharedData.Path("icsma", "2023"));
        File.Delete(file);

        run.Exit.ShouldBe(ExitCodes.Failed, run.ToString());
        run.Error.ShouldContain($"huge-{format}.json: larger than ");
        run.Error.ShouldContain("nothing was imported");
        csaf.Output.ShouldContain("10 read, 10 imported", customMessage: "the database was left as it was: the next import starts from nothing");
    }
}
