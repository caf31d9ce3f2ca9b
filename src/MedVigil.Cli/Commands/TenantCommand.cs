using System.CommandLine;
using MedVigil.Application.Tenants;

namespace MedVigil.Cli.Commands;

internal static class TenantCommand
{
    public static Command Create(GlobalOptions global)
    {
        var slug = new Argument<string>("slug") { Description = "Short name: lowercase letters, digits, '-'" };
        var name = new Option<string>("--name") { Description = "Display name", Required = true };
        var create = new Command("create", "Create a tenant (an organisation)") { slug, name };
        create.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.OpenAsync(CliHost.ChooseDatabase(parse.GetValue(global.Db), parse.GetValue(global.Postgres)), ct);
            var created = await host.Get<CreateTenant>().ExecuteAsync(new CreateTenantCommand(parse.GetValue(slug)!, parse.GetValue(name)!), ct);
            if (!created.TryGetValue(out var tenant))
            {
                return CliOutput.Fail(parse.InvocationConfiguration.Error, created.Error!);
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"Tenant '{tenant.Slug}' created ({tenant.Id}).");
            return ExitCodes.Ok;
        });
        return new Command("tenant", "Manage tenants") { create };
    }
}
