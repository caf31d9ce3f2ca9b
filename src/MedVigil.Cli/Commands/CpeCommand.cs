using System.CommandLine;
using MedVigil.Standards.Cpe;

namespace MedVigil.Cli.Commands;

/// <summary><c>medvigil cpe match SOURCE TARGET</c>: the NISTIR 7696 relation of two CPE names, for triage by hand.</summary>
internal static class CpeCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("source") { Description = "The pattern side, e.g. a vulnerability's CPE criteria (cpe:2.3:… or cpe:/…)" };
        var target = new Argument<string>("target") { Description = "The name tested against it, e.g. a component's CPE" };
        var guarded = new Option<bool>("--vulnerability")
        {
            Description = "Also print the guarded vulnerability verdict (SOURCE = criteria, TARGET = component) as a second column",
        };
        var match = new Command("match", "Print how SOURCE relates to TARGET: EQUAL, SUBSET, SUPERSET, DISJOINT or UNDEFINED (NISTIR 7696)")
        {
            source, target, guarded,
        };
        match.SetAction(parse =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var sourceName = Read("source", parse.GetValue(source)!, error);
            var targetName = Read("target", parse.GetValue(target)!, error);
            if (sourceName is not { } s || targetName is not { } t)
            {
                return ExitCodes.Failed;
            }

            var relation = CpeName.Compare(s, t).ToString().ToUpperInvariant();
            output.WriteLine(parse.GetValue(guarded) ? $"{relation}\t{Kebab(CpeName.EvaluateForVulnerability(s, t))}" : relation);
            return ExitCodes.Ok;
        });
        return new Command("cpe", "CPE 2.3 names (formatted strings and URIs)") { match };
    }

    private static CpeName? Read(string role, string text, TextWriter error)
    {
        if (CpeName.TryParse(text, out var name, out var problem))
        {
            return name;
        }

        error.WriteLine($"error\t{role}: {problem.Message}");
        return null;
    }

    /// <summary><c>VendorProductCrossed</c> → <c>vendor-product-crossed</c>.</summary>
    private static string Kebab(CpeMatchVerdict verdict) =>
        string.Concat(verdict.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
