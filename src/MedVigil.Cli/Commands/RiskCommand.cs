using System.CommandLine;
using MedVigil.Standards.Ssvc;
using P = MedVigil.Standards.Ssvc.SsvcDecisionPoints;

namespace MedVigil.Cli.Commands;

/// <summary>
/// <c>medvigil risk ssvc …</c>: the SSVC deployer priority of hand-given inputs, for checking a decision by hand.
/// The first line is the decision (<c>defer</c>, <c>scheduled</c>, <c>out-of-cycle</c>, <c>immediate</c>), then the
/// official table row that decided it, and the Human Impact row when Human Impact was derived.
/// </summary>
internal static class RiskCommand
{
    public static Command Create()
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
        return new Command("risk", "Prioritise vulnerabilities by patient safety and exposure (SSVC)") { ssvc };
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
