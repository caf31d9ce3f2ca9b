using System.CommandLine;
using System.Globalization;
using MedVigil.Application.Risk.Acceptance;

namespace MedVigil.Cli.Commands;

/// <summary>
/// <c>medvigil risk accept FINDING --owner O --justification J [--expires DATE] [--device ASSET_ID | --scope S]</c>,
/// <c>risk acceptances [--state S] [--format F]</c>, <c>risk revoke ACCEPTANCE --reason R</c> and <c>risk expire</c>
/// (records expired acceptances in the audit chain and prints the heads-up list; the server does it hourly).
/// </summary>
internal static class RiskAcceptanceCommands
{
    private static readonly string[] Header =
        ["acceptance_id", "vulnerability_id", "component", "scope", "scope_name", "owner", "accepted_by", "accepted_at", "expires_at", "state", "justification"];

    public static Command Accept(GlobalOptions global)
    {
        var finding = new Argument<Guid>("FINDING") { Description = "The finding id (findings --format json shows it)" };
        var owner = new Option<string>("--owner") { Description = "Who answers for the risk while it is accepted", Required = true };
        var justification = new Option<string>("--justification") { Description = "Why the risk is acceptable for now", Required = true };
        var expires = new Option<DateOnly?>("--expires")
        {
            Description = "First day (UTC) the acceptance no longer holds, YYYY-MM-DD; default 180 days from now, at most 365",
            HelpName = "DATE",
        };
        var scope = new Option<string?>("--scope") { Description = "device, model-version or model (default: device with --device, else model-version)" };
        scope.AcceptOnlyFromAmong("device", "model-version", "model");
        var device = new Option<string?>("--device") { Description = "The device the acceptance is for", HelpName = "ASSET_ID" };
        var command = new Command("accept", "Accept a finding's risk for a while: it keeps its priority but has no due date until the acceptance ends")
        {
            finding, owner, justification, expires, scope, device,
        };
        command.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
        {
            var result = await host.Get<AcceptRisk>().ExecuteAsync(new AcceptRiskCommand(
                parse.GetValue(finding), parse.GetValue(owner), parse.GetValue(justification), parse.GetValue(expires),
                parse.GetValue(scope), parse.GetValue(device)), ct);
            return await WriteAsync(parse, result.Map(r => (IReadOnlyList<AcceptanceRow>)[r]), "accepted");
        }));
        return command;
    }

    public static Command List(GlobalOptions global)
    {
        var state = new Option<string?>("--state") { Description = "Only active, expiring (within 10 days), expired or revoked ones" };
        state.AcceptOnlyFromAmong("active", "expiring", "expired", "revoked");
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(RowFormats.Names);
        var command = new Command("acceptances", "List risk acceptances, soonest expiry first, with their state now") { state, format };
        command.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
        {
            var result = await host.Get<ListRiskAcceptances>().ExecuteAsync(new ListRiskAcceptancesQuery(parse.GetValue(state)), ct);
            if (!result.IsSuccess)
            {
                return CliOutput.Fail(parse.InvocationConfiguration.Error, result.Error);
            }

            await RowFormats.WriteAsync(parse.InvocationConfiguration.Output, parse.GetValue(format)!, Header, result.Value.Select(Cells), new HashSet<string>());
            return ExitCodes.Ok;
        }));
        return command;
    }

    public static Command Revoke(GlobalOptions global)
    {
        var acceptance = new Argument<Guid>("ACCEPTANCE") { Description = "The acceptance id (risk acceptances shows it)" };
        var reason = new Option<string>("--reason") { Description = "Why it ends early", Required = true };
        var command = new Command("revoke", "End a risk acceptance now: the finding is open work again and its SLA clock restarts") { acceptance, reason };
        command.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
        {
            var result = await host.Get<RevokeRiskAcceptance>().ExecuteAsync(
                new RevokeRiskAcceptanceCommand(parse.GetValue(acceptance), parse.GetValue(reason)), ct);
            return await WriteAsync(parse, result.Map(r => (IReadOnlyList<AcceptanceRow>)[r]), "revoked");
        }));
        return command;
    }

    public static Command Expire(GlobalOptions global)
    {
        var command = new Command("expire", "Record acceptances that have run out (open work again) and print those expiring within 10 days");
        command.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
        {
            var pass = await host.Get<ExpireRiskAcceptances>().ExecuteAsync(ct);
            var output = parse.InvocationConfiguration.Output;
            foreach (var row in pass.Reactivated)
            {
                await output.WriteLineAsync(Line("reactivated", row));
            }

            foreach (var row in pass.Expiring)
            {
                await output.WriteLineAsync(Line("expiring", row));
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{pass.Reactivated.Count} reactivated, {pass.Expiring.Count} expiring within 10 days"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task<int> WriteAsync(ParseResult parse, Domain.Common.Result<IReadOnlyList<AcceptanceRow>> result, string verb)
    {
        if (!result.IsSuccess)
        {
            return CliOutput.Fail(parse.InvocationConfiguration.Error, result.Error);
        }

        foreach (var row in result.Value)
        {
            await parse.InvocationConfiguration.Output.WriteLineAsync(Line(verb, row));
        }

        return ExitCodes.Ok;
    }

    private static string Line(string verb, AcceptanceRow r) => string.Create(CultureInfo.InvariantCulture,
        $"{verb} {r.AcceptanceId}: {r.VulnerabilityId} on {r.Component ?? "the device"} for {r.Scope.Replace('_', '-')} {r.ScopeName}, "
        + $"owner {r.Owner}, until {r.ExpiresAt:yyyy-MM-dd} ({r.State})");

    private static IReadOnlyList<string?> Cells(AcceptanceRow r) =>
    [
        r.AcceptanceId.ToString(), r.VulnerabilityId, r.Component, r.Scope, r.ScopeName, r.Owner, r.AcceptedBy,
        r.AcceptedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), r.ExpiresAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.State, r.Justification,
    ];
}
