using System.CommandLine;
using System.Security.Cryptography;
using MedVigil.Application.Access;
using MedVigil.Domain.Access;

namespace MedVigil.Cli.Commands;

internal static class UserCommand
{
    public static Command Create(GlobalOptions global, TextReader input)
    {
        var email = new Argument<string>("email") { Description = "The person's email, used to sign in" };
        var role = new Option<string>("--role") { Description = string.Join("|", Enum.GetNames<Role>()), Required = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input (else one is generated and printed)" };
        var displayName = new Option<string?>("--name") { Description = "Display name" };
        var add = new Command("add", "Add a person to the tenant") { email, role, passwordStdin, displayName };
        add.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var generated = !parse.GetValue(passwordStdin);
            var password = generated
                ? RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20)
                : (await input.ReadLineAsync(ct))?.TrimEnd('\r', '\n');
            return await CliHost.RunForTenantAsync(global, parse, ct, async host =>
            {
            var added = await host.Get<AddUser>().ExecuteAsync(
                new AddUserCommand(parse.GetValue(email), password, parse.GetValue(role), parse.GetValue(displayName)), ct);
            if (!added.TryGetValue(out var user))
            {
                return CliOutput.Fail(error, added.Error!);
            }

            await output.WriteLineAsync($"User {user.Email} added with role {user.Role}.");
            if (generated)
            {
                await output.WriteLineAsync($"Password (shown once): {password}");
            }

            return ExitCodes.Ok;
            });
        });
        return new Command("user", "Manage people who sign in") { add };
    }
}
