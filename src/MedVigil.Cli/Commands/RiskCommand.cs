using System.CommandLine;
using System.Globalization;
using MedVigil.Application.Risk;
using MedVigil.Domain.Risk;
using MedVigil.Standards.Ssvc;
using P = MedVigil.Standards.Ssvc.SsvcDecisionPoints;

namespace MedVigil.Cli.Commands;

/// <summary>
/// <c>medvigil risk explain FINDING [--device ASSET_ID]</c>: why a finding has its priority and due date.
/// <c>medvigil risk ssvc …</c>: the SSVC deployer priority of hand-given inputs, for checking a decision by hand.
/// The first line is the decision (<c>defer</c>, <c>scheduled</c>, <c>out-of-cycle</c>, <c>immediate</c>), then the
/// official table row that decided it, and the Human Impact row when Human Impact was derived.
/// </summary>
internal static class RiskCommand
{
    public static Command Create(GlobalOptions global) =>
        new("risk", "Prioritise vulnerabilities by patient safety and exposure (SSVC); accept risk for a while")
        {
            Explain(global), Ssvc(), RiskAcceptanceCommands.Accept(global), RiskAcceptanceCommands.List(global),
            RiskAcceptanceCommands.Revoke(global), RiskAcceptanceCommands.Expire(global),
        };

    /// <summary>
    /// The decision on the first line (or <c>no-priority</c>), then the finding, each SSVC input with its value and
    /// source, the official rows, and the due date with whether it is overdue.
    /// </summary>
    private static Command Explain(GlobalOptions global)
    {
        var finding = new Argument<Guid>("FINDING") { Description = "The finding id (findings --format json shows it)" };
        var device = new Option<string?>("--device")
        {
            Description = "The device whose facts to use (asset id); without it, the model version's finding with unknown device facts (the worst values)",
            HelpName = "ASSET_ID",
        };
        var command = new Command("explain", "Print a finding's SSVC priority, each input with where it came from, the table rows used and the due date")
        {
            finding, device,
        };
        command.SetAction((parse, ct) => CliHost.RunForTenantAsync(global, parse, ct, async host =>
        {
            var result = await host.Get<ExplainFindingRisk>().ExecuteAsync(new ExplainFindingRiskQuery(parse.GetValue(finding), parse.GetValue(device)), ct);
            if (!result.IsSuccess)
            {
                return CliOutput.Fail(parse.InvocationConfiguration.Error, result.Error);
            }

            foreach (var line in Lines(result.Value))
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync(line);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static IEnumerable<string> Lines(FindingRiskExplanation e)
    {
        var on = e.AssetId is { } asset ? $"on device {asset}" : "on its model version (no device: exposure and clinical function unknown)";
        yield return e.Risk?.PriorityText ?? "no-priority";
        yield return $"finding {e.FindingId}: {e.VulnerabilityId} {on}; status {e.Status}, analysis {e.AnalysisState}";
        if (e.Risk is not { } risk)
        {
            yield return "no priority or due date: only open affected or under-investigation findings not analysed away need action";
            yield break;
        }

        var i = risk.Inputs;
        yield return Input(P.Exploitation, i.Exploitation);
        yield return Input(P.SystemExposure, i.Exposure);
        yield return Input(P.Automatable, i.Automatable);
        yield return Input(P.SafetyImpact, i.SafetyImpact);
        yield return Input(P.MissionImpact, i.MissionImpact);
        yield return risk.Decision.Because.ToString();
        if (risk.AcceptedUntil is { } until)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"no due date: risk accepted until {until:yyyy-MM-dd} (acceptance {risk.AcceptanceId}); open work again from then, SLA restarted (ADR 0027)");
            yield break;
        }

        yield return risk.DueDate is { } due
            ? string.Create(CultureInfo.InvariantCulture,
                $"due {due:yyyy-MM-dd} ({SlaPolicy.Default.DaysFor(risk.Priority)} days for {risk.PriorityText} from {risk.OpenedAt:yyyy-MM-dd}, default SLA, ADR 0023); {(e.Overdue ? "OVERDUE" : "not overdue")}")
            : "no due date: the default SLA sets none for defer (ADR 0023)";
    }

    private static string Input<T>(SsvcDecisionPoint<T> point, SsvcInput<T> input)
        where T : struct, Enum =>
        $"{point.Name} ({point.Id}) = {point.Describe(input.Value).Name}: {input.Source}";

    private static Command Ssvc()
    {
        var exploitation = Value("--exploitation", P.Exploitation, required: true);
        var exposure = Value("--exposure", P.SystemExposure, required: true);
        var automatable = Value("--automatable", P.Automatable, required: true);
        var humanImpact = Value("--human-impact", P.HumanImpact, required: false);
        var safetyImpact = Value("--safety-impact", P.SafetyImpact, required: false);
        var missionImpact = Value("--mission-impact", P.MissionImpact, required: false);
        var ssvc = new Command(
            "ssvc",
            "Print the SSVC deployer priority (ssvc:DT_DP:1.0.0) of these inputs on the first line, then the table rows used. "
            + "Give --human-impact, or --safety-impact with --mission-impact (Human Impact by ssvc:DT_HI:1.0.0).")
        {
            exploitation, exposure, automatable, humanImpact, safetyImpact, missionImpact,
        };
        ssvc.Validators.Add(result =>
        {
            var (hi, si, mi) = (result.GetResult(humanImpact), result.GetResult(safetyImpact), result.GetResult(missionImpact));
            if (hi is not null && (si is not null || mi is not null))
            {
                result.AddError("give --human-impact, or --safety-impact with --mission-impact, not both.");
            }
            else if (hi is null && (si is null || mi is null))
            {
                result.AddError(si is null && mi is null
                    ? "give --human-impact, or --safety-impact with --mission-impact."
                    : $"{(si is null ? "--mission-impact needs --safety-impact" : "--safety-impact needs --mission-impact")} to derive Human Impact (or give --human-impact).");
            }
        });
        ssvc.SetAction(parse =>
        {
            var (e, x, a) = (parse.GetValue(exploitation)!.Value, parse.GetValue(exposure)!.Value, parse.GetValue(automatable)!.Value);
            var decision = parse.GetValue(humanImpact) is { } h
                ? SsvcDeployer.Explain(e, x, a, h)
                : SsvcDeployer.Explain(e, x, a, parse.GetValue(safetyImpact)!.Value, parse.GetValue(missionImpact)!.Value);
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine(Slug(P.DeployerPriority.Describe(decision.Outcome).Name));
            output.WriteLine(decision.Because.ToString());
            return ExitCodes.Ok;
        });
        return ssvc;
    }

    /// <summary>
    /// An option taking a value of <paramref name="point"/>: its name as the official tables write it, in lower case
    /// with hyphens (<c>public-poc</c>, <c>very-high</c>), or its key (<c>P</c>); anything else is a usage error naming
    /// the option and the allowed values.
    /// </summary>
    private static Option<T?> Value<T>(string name, SsvcDecisionPoint<T> point, bool required)
        where T : struct, Enum
    {
        var allowed = string.Join(", ", point.Values.Select(v => Slug(v.Name)));
        return new Option<T?>(name)
        {
            Description = $"{point.Name} ({point.Id}): {allowed}",
            HelpName = point.Key,
            Required = required,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (point.TryParse(text, out var value))
                {
                    return value;
                }

                result.AddError($"{name}: '{text}' is not a value of {point.Name} ({point.Id}); allowed: {allowed} "
                    + $"(or the keys {string.Join(", ", point.Values.Select(v => v.Key))}).");
                return null;
            },
        };
    }

    /// <summary><c>Public PoC</c> → <c>public-poc</c>, <c>Out-of-Cycle</c> → <c>out-of-cycle</c>.</summary>
    internal static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');
}
