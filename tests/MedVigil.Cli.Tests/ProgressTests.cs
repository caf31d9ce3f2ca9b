using System.Text.RegularExpressions;
using MedVigil.Testing;

namespace MedVigil.Cli.Tests;

/// <summary>Progress bars: drawn on a terminal with the run's lines above them; never in piped or captured output.</summary>
public sealed partial class ProgressTests
{
    private static string Advisories => SharedData.Path("icsma", "2023");

    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex AnsiEscape();

    [Fact]
    public async Task OnATerminal_ABarIsDrawn_AndEveryDocumentLineAndTheSummaryStillAppear()
    {
        var run = await Cli.OnNewSqliteFile().RunOnTerminalAsync("import", "csaf", Advisories);

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        run.Output.ShouldContain("import csaf");
        AnsiEscape().IsMatch(run.Output).ShouldBeTrue("the bar is drawn with ANSI control sequences");
        var plain = AnsiEscape().Replace(run.Output, "");
        foreach (var file in Directory.GetFiles(Advisories, "*.json"))
        {
            plain.ShouldContain(file + "\timported ");
        }

        plain.TrimEnd().Split('\n')[^1].Trim().ShouldStartWith("10 read, 10 imported");
    }

    [Fact]
    public async Task WhenOutputIsCaptured_ThereIsNoBarAndNoControlSequence()
    {
        var run = await Cli.OnNewSqliteFile().RunAsync("import", "csaf", Advisories);

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        AnsiEscape().IsMatch(run.Output).ShouldBeFalse();
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(11);
    }

    [Fact]
    public async Task OnATerminal_ACsafSyncDrawsABar_AndStillPrintsItsSummary()
    {
        await using var server = await FeedServer.StartAsync();
        var site = new CsafProviderSite(server, path => path.StartsWith("2017/", StringComparison.Ordinal));

        var run = await Cli.OnNewSqliteFile().RunOnTerminalAsync("sync", "csaf", site.MetadataUrl.ToString());

        run.Exit.ShouldBe(ExitCodes.Ok, run.ToString());
        AnsiEscape().IsMatch(run.Output).ShouldBeTrue("the bar is drawn with ANSI control sequences");
        var plain = AnsiEscape().Replace(run.Output, "");
        plain.ShouldContain("sync ");
        plain.ShouldContain($"{site.Documents.Count} seen, {site.Documents.Count} imported");
    }

    [Fact]
    public async Task OnATerminal_ABadDocumentIsReportedAboveTheBar()
    {
        var folder = Path.Combine(Path.GetDirectoryName(TestDatabases.NewSqliteFile())!, "progress");
        Directory.CreateDirectory(folder);
        File.Copy(Directory.GetFiles(Advisories, "*.json")[0], Path.Combine(folder, "a.json"));
        await File.WriteAllTextAsync(Path.Combine(folder, "b.json"), """{ "document": """, TestContext.Current.CancellationToken);

        var run = await Cli.OnNewSqliteFile().RunOnTerminalAsync("import", "csaf", folder);

        run.Exit.ShouldBe(ExitCodes.Failed, run.ToString());
        var plain = AnsiEscape().Replace(run.Output, "");
        plain.ShouldContain("b.json");
        plain.TrimEnd().Split('\n')[^1].Trim().ShouldStartWith("2 read, 1 imported");
    }
}
