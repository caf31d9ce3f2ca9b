using System.CommandLine;
using MedVigil.Application.Access;
using MedVigil.Domain.Access;

namespace MedVigil.Cli.Commands;

internal static class ApiKeyCommand
{
    public static Command Create(GlobalOptions global)
    {
        var name = new Argument<string>("name") { Description = "What the key is for (e.g. 'siem-export')" };
        var role = new Option<string>("--role") { Description = string.Join("|", Enum.GetNames<Role>()), Required = true };
        var create = new Command("create", "Create an API key; the token is printed once") { name, role };
        create.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
        {
            var created = await host.Get<CreateApiKey>().ExecuteAsync(new CreateApiKeyCommand(parse.GetValue(name), parse.GetValue(role)), ct);
            if (!created.TryGetValue(out var key))
            {
                return CliOutput.Fail(parse.InvocationConfiguration.Error, created.Error!);
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"API key '{key.Key.Name}' ({key.Key.Role}) id {key.Key.Id}");
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Token (shown once): {key.Token}");
            return ExitCodes.Ok;
        }));

        var id = new Argument<Guid>("id") { Description = "The key's id (from 'apikey create' or 'apikey list')" };
        var revoke = new Command("revoke", "Revoke an API key") { id };
        revoke.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
        {
            var revoked = await host.Get<RevokeApiKey>().ExecuteAsync(parse.GetValue(id), ct);
            if (!revoked.TryGetValue(out var key))
            {
                return CliOutput.Fail(parse.InvocationConfiguration.Error, revoked.Error!);
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"API key '{key.Name}' revoked.");
            return ExitCodes.Ok;
        }));

        var list = new Command("list", "List the tenant's API keys");
        list.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
        {
            foreach (var key in await host.Get<ListApiKeys>().ExecuteAsync(ct))
            {
                var state = key.RevokedAt is null ? "active" : "revoked";
                await parse.InvocationConfiguration.Output.WriteLineAsync($"{key.Id}\t{key.Name}\t{key.Role}\t{state}\t{key.CreatedAt:O}");
            }

            return ExitCodes.Ok;
        }));

        return new Command("apikey", "Manage API keys for machines") { create, revoke, list };
    }
}
