using System.CommandLine;
using System.Globalization;
using MedVigil.Application.Mitigations;
using MedVigil.Domain.Common;
using MedVigil.Domain.Mitigations;

namespace MedVigil.Cli.Commands;

/// <summary>
/// <c>medvigil mitigations propose|sign-off|approve|schedule|done|verify|reject|cancel|list|show|what-if|downtime</c>:
/// mitigations and their guarded workflow (ADR 0025). Each step prints <c>mitigation ID: STATE</c> on its first line.
/// </summary>
internal static class MitigationsCommand
{
    private static readonly string[] ListHeader = ["id", "kind", "state", "devices", "vulnerabilities", "downtime_per_device", "owner", "planned_start"];
    private static readonly string[] WhatIfHeader = ["asset_id", "vulnerability_id", "priority_before", "priority_after", "due_before", "due_after", "changed"];
    private static readonly string[] DowntimeHeader = ["mitigation_id", "asset_id", "downtime", "out_of_service", "priority", "due_date", "planned_start"];

    public static Command Create(GlobalOptions global) =>
        new("mitigations", "Mitigations with clinical cost, their workflow, and what-if")
        {
            Propose(global),
            Step(global, MitigationStep.SignOff, "Record a clinical engineer's sign-off (needed before approving work on life-sustaining, therapeutic or unclassified devices)"),
            Step(global, MitigationStep.Approve, "Approve a proposed mitigation"),
            Step(global, MitigationStep.Schedule, "Plan the start of an approved mitigation"),
            Step(global, MitigationStep.Done, "Record that the work of a scheduled mitigation was carried out"),
            Step(global, MitigationStep.Verify, "Verify a done mitigation: from now on it changes the SSVC inputs; the residual priorities are kept"),
            Step(global, MitigationStep.Reject, "Reject a proposed mitigation"),
            Step(global, MitigationStep.Cancel, "Cancel a mitigation that is not yet verified"),
            List(global), Show(global), WhatIf(global), Downtime(global),
        };

    private static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(RowFormats.Names);
        return format;
    }

    private static Option<string> Kind() => new("--kind")
    {
        Description = string.Join(", ", MitigationVocabulary.KindNames) + " (also: patch, acl, disable-port, monitoring, replace)",
        Required = true,
    };

    private static Option<string[]> Devices() => new("--device") { Description = "A device by asset id (repeatable)", HelpName = "ASSET_ID", Required = true };

    private static Option<string[]> Vulnerabilities() => new("--vulnerability") { Description = "A vulnerability it addresses (repeatable); none: every finding of the devices", HelpName = "ID" };

    private static Command Propose(GlobalOptions global)
    {
        var (kind, devices, vulnerabilities) = (Kind(), Devices(), Vulnerabilities());
        var findings = new Option<Guid[]>("--finding") { Description = "A finding it addresses (repeatable)", HelpName = "FINDING" };
        var owner = new Option<string>("--owner") { Description = "Who answers for getting it done", Required = true };
        var downtime = new Option<int>("--downtime-minutes") { Description = "Expected downtime of each device, in minutes", DefaultValueFactory = _ => 0 };
        var signOff = new Option<bool>("--sign-off-required") { Description = "Ask for a clinical sign-off whatever the devices are" };
        var outOfService = new Option<bool>("--out-of-service") { Description = "Each device is out of service during the work" };
        var notes = new Option<string?>("--notes") { Description = "Free text for the record" };
        var command = new Command("propose", "Propose a mitigation for devices, with its clinical cost")
        {
            kind, devices, vulnerabilities, findings, owner, downtime, signOff, outOfService, notes,
        };
        command.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
            await PrintAsync(parse, await host.Get<ProposeMitigation>().ExecuteAsync(new ProposeMitigationCommand(
                parse.GetValue(kind), parse.GetValue(devices) ?? [], parse.GetValue(owner), parse.GetValue(vulnerabilities), parse.GetValue(findings),
                parse.GetValue(downtime), parse.GetValue(signOff), parse.GetValue(outOfService), parse.GetValue(notes)), ct))));
        return command;
    }

    private static Command Step(GlobalOptions global, MitigationStep step, string description)
    {
        var id = new Argument<Guid>("MITIGATION") { Description = "The mitigation id (mitigations list shows it)" };
        var command = new Command(MoveMitigation.Step(step), description) { id };
        var start = new Option<DateTimeOffset?>("--start") { Description = "The planned start (ISO 8601, e.g. 2026-03-05T06:00Z)", Required = true };
        var by = new Option<string>("--by") { Description = "The clinical engineer who signed off (a user of the tenant, by e-mail)", HelpName = "EMAIL", Required = true };
        var note = new Option<string?>("--note") { Description = "What the clinical engineer agreed to" };
        var reason = new Option<string>("--reason") { Description = "Why", Required = true };
        switch (step)
        {
            case MitigationStep.Schedule:
                command.Add(start);
                break;
            case MitigationStep.SignOff:
                command.Add(by);
                command.Add(note);
                break;
            case MitigationStep.Reject or MitigationStep.Cancel:
                command.Add(reason);
                break;
            default:
                break;
        }

        command.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
            await PrintAsync(parse, await host.Get<MoveMitigation>().ExecuteAsync(new MoveMitigationCommand(
                parse.GetValue(id), step,
                step == MitigationStep.Schedule ? parse.GetValue(start) : null,
                step switch { MitigationStep.SignOff => parse.GetValue(note), MitigationStep.Reject or MitigationStep.Cancel => parse.GetValue(reason), _ => null },
                step == MitigationStep.SignOff ? parse.GetValue(by) : null), ct))));
        return command;
    }

    private static Command List(GlobalOptions global)
    {
        var state = new Option<string?>("--state") { Description = "Only this state: proposed, approved, scheduled, done, verified, rejected, cancelled" };
        var format = Format();
        var command = new Command("list", "The tenant's mitigations, newest first") { state, format };
        command.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
        {
            var result = await host.Get<ListMitigations>().ExecuteAsync(parse.GetValue(state), ct);
            if (!result.IsSuccess)
            {
                return CliOutput.Fail(parse.InvocationConfiguration.Error, result.Error);
            }

            await RowFormats.WriteAsync(parse.InvocationConfiguration.Output, parse.GetValue(format)!, ListHeader, result.Value.Select(m => (IReadOnlyList<string?>)
                [m.Id.ToString(), m.Kind, m.State, string.Join(' ', m.Devices), string.Join(' ', m.Vulnerabilities), Text(m.DowntimePerDevice), m.Owner, Text(m.PlannedStart)]));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show(GlobalOptions global)
    {
        var id = new Argument<Guid>("MITIGATION") { Description = "The mitigation id" };
        var command = new Command("show", "One mitigation: its links, clinical cost, workflow and the residual priorities kept at verification") { id };
        command.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
            await PrintAsync(parse, await host.Get<GetMitigation>().ExecuteAsync(parse.GetValue(id), ct))));
        return command;
    }

    private static Command WhatIf(GlobalOptions global)
    {
        var (kind, devices, vulnerabilities, format) = (Kind(), Devices(), Vulnerabilities(), Format());
        var command = new Command("what-if", "Per open finding on the devices, the priority before and after the mitigation were it verified; nothing is saved")
        {
            kind, devices, vulnerabilities, format,
        };
        command.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
        {
            var result = await host.Get<WhatIfMitigation>().ExecuteAsync(
                new WhatIfMitigationQuery(parse.GetValue(kind), parse.GetValue(devices) ?? [], parse.GetValue(vulnerabilities)), ct);
            if (!result.IsSuccess)
            {
                return CliOutput.Fail(parse.InvocationConfiguration.Error, result.Error);
            }

            await RowFormats.WriteAsync(parse.InvocationConfiguration.Output, parse.GetValue(format)!, WhatIfHeader, result.Value.Select(r => (IReadOnlyList<string?>)
                [r.AssetId, r.VulnerabilityId, r.PriorityBefore, r.PriorityAfter, Text(r.DueBefore), Text(r.DueAfter), r.ChangedBecause]));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Downtime(GlobalOptions global)
    {
        var format = Format();
        var command = new Command("downtime", "Approved and scheduled mitigations that take devices out of use, worst priority and earliest due date first") { format };
        command.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
        {
            var needs = await host.Get<MitigationsNeedingDowntime>().ExecuteAsync(ct);
            await RowFormats.WriteAsync(parse.InvocationConfiguration.Output, parse.GetValue(format)!, DowntimeHeader, needs.Select(n => (IReadOnlyList<string?>)
                [n.MitigationId.ToString(), n.AssetId, Text(n.Downtime), n.OutOfService ? "yes" : "no", n.Priority, Text(n.DueDate), Text(n.PlannedStart)]));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task<int> PrintAsync(ParseResult parse, Result<MitigationView> result)
    {
        if (!result.IsSuccess)
        {
            return CliOutput.Fail(parse.InvocationConfiguration.Error, result.Error);
        }

        foreach (var line in Lines(result.Value))
        {
            await parse.InvocationConfiguration.Output.WriteLineAsync(line);
        }

        return ExitCodes.Ok;
    }

    private static IEnumerable<string> Lines(MitigationView m)
    {
        yield return $"mitigation {m.Id}: {m.State}";
        yield return $"kind {m.Kind} on {string.Join(", ", m.Devices)}"
            + (m.Vulnerabilities.Count > 0 ? $" for {string.Join(", ", m.Vulnerabilities)}" : "")
            + (m.Findings.Count > 0 ? $"; findings {string.Join(", ", m.Findings)}" : "");
        yield return $"clinical cost: downtime {Text(m.DowntimePerDevice)} per device, {(m.OutOfServiceDuringWork ? "out of service during the work" : "stays in service")}"
            + (m.SignOffRequired ? ", clinical sign-off asked for" : "");
        yield return $"owner {m.Owner}; proposed by {m.ProposedBy} at {Text(m.ProposedAt)}";
        if (m.SignedOffBy is not null)
        {
            yield return $"signed off by {m.SignedOffBy} at {Text(m.SignedOffAt)}" + (m.SignOffNote is { } n ? $": {n}" : "");
        }

        if (m.ApprovedBy is not null)
        {
            yield return $"approved by {m.ApprovedBy} at {Text(m.ApprovedAt)}";
        }

        if (m.PlannedStart is not null)
        {
            yield return $"planned start {Text(m.PlannedStart)}";
        }

        if (m.DoneAt is not null)
        {
            yield return $"done at {Text(m.DoneAt)}";
        }

        if (m.VerifiedBy is not null)
        {
            yield return $"verified by {m.VerifiedBy} at {Text(m.VerifiedAt)}";
        }

        if (m.ClosedReason is not null)
        {
            yield return $"{m.State}: {m.ClosedReason}";
        }

        if (m.Notes is not null)
        {
            yield return $"notes: {m.Notes}";
        }

        foreach (var r in m.Residuals)
        {
            yield return $"residual {r.AssetId} {r.VulnerabilityId}: {r.PriorityBefore ?? "none"} → {r.PriorityAfter ?? "none"} ({r.InputsBefore} → {r.InputsAfter ?? "resolved"})";
        }
    }

    private static string? Text(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);

    private static string? Text(DateTimeOffset? value) => value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);

    private static string? Text(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
