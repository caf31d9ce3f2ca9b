using System.Text.Json;

namespace MedVigil.Cli.Tests;

public sealed class AliasesCommandTests
{
    [Fact]
    public async Task A_tenant_alias_is_added_listed_in_every_format_and_removed()
    {
        var cli = Cli.OnNewSqliteFile();

        var added = await cli.RunAsync("aliases", "add", "Acme Biomed Services", "Smiths Medical", "--note", "asset tags, \"service\" contract");
        var table = await cli.RunAsync("aliases", "list");
        var csv = await cli.RunAsync("aliases", "list", "--format", "csv");
        var json = await cli.RunAsync("aliases", "list", "--format", "json");
        var removed = await cli.RunAsync("aliases", "remove", "Acme Biomed Services");
        var again = await cli.RunAsync("aliases", "list", "--format", "csv");

        added.Exit.ShouldBe(0, added.ToString());
        added.Output.ShouldBe("Added: 'Acme Biomed Services' is an alias of 'Smiths Medical' (tenant table); 'Smiths Medical' became part of ICU Medical in 2022 (shipped table).\n");
        table.Output.Split('\n')[0].ShouldStartWith("alias ");
        table.Output.ShouldContain("CareFusion");
        csv.Output.Split('\n')[0].ShouldBe("alias,canonical,kind,since,product_scope,resolves_to,origin,note");
        csv.Output.ShouldContain("Acme Biomed Services,Smiths Medical,alias,,,ICU Medical,tenant table,\"asset tags, \"\"service\"\" contract\"");
        csv.Output.ShouldContain("Hospira,ICU Medical,lineage,2017,Plum; LifeCare; Symbiq; Sapphire; MedNet; GemStar,ICU Medical,shipped table,");
        using (var document = JsonDocument.Parse(json.Output))
        {
            var last = document.RootElement.EnumerateArray().Last();
            last.GetProperty("alias").GetString().ShouldBe("Acme Biomed Services");
            last.GetProperty("resolvesTo").GetString().ShouldBe("ICU Medical");
            last.GetProperty("createdBy").GetString()!.ShouldStartWith("cli:");
        }

        removed.Exit.ShouldBe(0, removed.ToString());
        again.Output.ShouldNotContain("Acme Biomed Services");
    }

    [Fact]
    public async Task A_row_that_re_points_a_shipped_alias_fails_and_says_which_row()
    {
        var cli = Cli.OnNewSqliteFile();

        var run = await cli.RunAsync("aliases", "add", "BD", "Baxter");
        var shipped = await cli.RunAsync("aliases", "remove", "BD");
        var format = await cli.RunAsync("aliases", "list", "--format", "xml");

        run.Exit.ShouldBe(ExitCodes.Failed);
        run.Error.ShouldContain("error: Row 'BD' → 'Baxter' (tenant table): 'BD' is already an alias of 'Becton Dickinson' (shipped table)");
        shipped.Exit.ShouldBe(ExitCodes.Failed);
        shipped.Error.ShouldContain("shipped table");
        format.Exit.ShouldBe(ExitCodes.Usage);
    }
}
