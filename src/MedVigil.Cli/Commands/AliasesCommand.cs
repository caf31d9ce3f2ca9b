using System.CommandLine;
using System.Globalization;
using MedVigil.Application.Aliases;

namespace MedVigil.Cli.Commands;

/// <summary><c>medvigil aliases list|add|remove</c>: the manufacturer alias table, shipped rows and the tenant's own (ADR 0019).</summary>
internal static class AliasesCommand
{
    private static readonly string[] Header = ["alias", "canonical", "kind", "since", "product_scope", "resolves_to", "origin", "note"];

    public static Command Create(GlobalOptions global)
    {
        var format = new Option<string>("--format") { Description = "table|csv|json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(TabularOutput.Formats);
        var list = new Command("list", "The alias table in effect: shipped rows, then the tenant's own") { format };
        list.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
        {
            var rows = await host.Get<ListManufacturerAliases>().ExecuteAsync(ct);
            await TabularOutput.WriteAsync(parse.InvocationConfiguration.Output, parse.GetValue(format)!, Header, rows, r =>
                [r.Alias, r.Canonical, r.Kind, r.Since?.ToString(CultureInfo.InvariantCulture), string.Join("; ", r.ProductScope), r.ResolvesTo, r.Origin, r.Note]);
            return ExitCodes.Ok;
        }));

        var alias = new Argument<string>("alias") { Description = "The name as the tenant writes it (e.g. 'Acme Biomed Services')" };
        var canonical = new Argument<string>("canonical") { Description = "The maker it means (e.g. 'Smiths Medical')" };
        var note = new Option<string?>("--note") { Description = "Where the fact comes from" };
        var scope = new Option<string?>("--scope") { Description = "Only for these product families, ';'-separated (e.g. 'Plum; LifeCare')" };
        var add = new Command("add", "Add a row to the tenant's alias table") { alias, canonical, note, scope };
        add.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
        {
            var added = await host.Get<AddManufacturerAlias>().ExecuteAsync(
                new AddManufacturerAliasCommand(parse.GetValue(alias), parse.GetValue(canonical), parse.GetValue(scope), parse.GetValue(note)), ct);
            if (!added.TryGetValue(out var row))
            {
                return CliOutput.Fail(parse.InvocationConfiguration.Error, added.Error!);
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"Added: {row.Explanation}.");
            return ExitCodes.Ok;
        }));

        var removed = new Argument<string>("alias") { Description = "The alias of a row the tenant added" };
        var remove = new Command("remove", "Remove a row the tenant added (shipped rows stay)") { removed };
        remove.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
        {
            var result = await host.Get<RemoveManufacturerAlias>().ExecuteAsync(parse.GetValue(removed)!, ct);
            if (!result.TryGetValue(out var row))
            {
                return CliOutput.Fail(parse.InvocationConfiguration.Error, result.Error!);
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"Removed: '{row.Alias}' → '{row.Canonical}'.");
            return ExitCodes.Ok;
        }));

        return new Command("aliases", "Manufacturer aliases and brand lineage used to match devices without SBOMs") { list, add, remove };
    }
}
