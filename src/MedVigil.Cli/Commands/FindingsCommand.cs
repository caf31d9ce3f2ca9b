using System.CommandLine;
using System.Globalization;
using MedVigil.Application.Findings;

namespace MedVigil.Cli.Commands;

/// <summary>
/// <c>medvigil findings [--device ASSET_ID] [--format table|csv|json]</c> lists open findings per device;
/// <c>medvigil findings analyse FINDING --state S …</c> records an analysis decision.
/// </summary>
internal static class FindingsCommand
{
    public static readonly string[] CsvHeader =
        ["asset_id", "vulnerability_id", "advisory_id", "source", "status", "analysis_state", "priority", "due_date", "reason"];

    public static Command Create(GlobalOptions global)
    {
        var device = new Option<string?>("--device") { Description = "Only this device (asset id)", HelpName = "ASSET_ID" };
        var format = new Option<string>("--format") { Description = "table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(RowFormats.Names);
        var command = new Command("findings", "List open findings per device, with the reason each applies") { device, format, Analyse(global) };
        command.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
        {
            var result = await host.Get<ListFindings>().ExecuteAsync(new ListFindingsQuery(parse.GetValue(device)), ct);
            if (!result.IsSuccess)
            {
                return CliOutput.Fail(parse.InvocationConfiguration.Error, result.Error);
            }

            var rows = result.Value;

            var chosen = parse.GetValue(format)!;
            var header = chosen == "json" ? [.. CsvHeader, "finding_id", "component", "justification", "evidence", "accepted_until"] : CsvHeader;
            await RowFormats.WriteAsync(parse.InvocationConfiguration.Output, chosen, header, rows.Select(r => Cells(r, chosen == "json")), new HashSet<string> { "evidence" });
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static IReadOnlyList<string?> Cells(FindingRow r, bool more)
    {
        string?[] cells = [r.AssetId, r.VulnerabilityId, r.AdvisoryId, r.Source, r.Status, r.AnalysisState, r.Priority,
            r.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Reason];
        return more ? [.. cells, r.FindingId.ToString(), r.Component, r.Justification, r.Evidence, r.AcceptedUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)] : cells;
    }

    private static Command Analyse(GlobalOptions global)
    {
        var finding = new Argument<Guid>("FINDING") { Description = "The finding id (findings --format json shows it)" };
        var state = new Option<string>("--state") { Description = "in_triage, exploitable, resolved, resolved_with_pedigree, false_positive or not_affected", Required = true };
        var justification = new Option<string?>("--justification") { Description = "Why not affected: code_not_present, code_not_reachable, requires_configuration, …" };
        var responses = new Option<string[]>("--response") { Description = "can_not_fix, will_not_fix, update, rollback, workaround_available (repeatable)" };
        var detail = new Option<string?>("--detail") { Description = "Free text for the record" };
        var scope = new Option<string>("--scope") { Description = "device, model-version or model", DefaultValueFactory = _ => "model-version" };
        scope.AcceptOnlyFromAmong("device", "model-version", "model");
        var device = new Option<string?>("--device") { Description = "The device, for --scope device", HelpName = "ASSET_ID" };
        var command = new Command("analyse", "Record an analysis of a finding; it carries over to recurring findings in its scope")
        {
            finding, state, justification, responses, detail, scope, device,
        };
        command.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
        {
            var result = await host.Get<AnalyseFinding>().ExecuteAsync(new AnalyseFindingCommand(
                parse.GetValue(finding), parse.GetValue(state), parse.GetValue(justification), parse.GetValue(responses),
                parse.GetValue(detail), parse.GetValue(scope), parse.GetValue(device)), ct);
            if (!result.IsSuccess)
            {
                return CliOutput.Fail(parse.InvocationConfiguration.Error, result.Error);
            }

            var r = result.Value;

            await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"decision {r.DecisionId}: {r.State} for {r.Scope} {r.ScopeId}; {r.FindingsCovered} open findings covered"));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
