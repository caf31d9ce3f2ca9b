using System.CommandLine;
using MedVigil.Standards.Cvss;

namespace MedVigil.Cli.Commands;

/// <summary>
/// <c>medvigil score cvss [VECTOR…]</c>: one line per vector, <c>VECTOR&lt;TAB&gt;SCORE&lt;TAB&gt;SEVERITY</c>, or
/// <c>VECTOR&lt;TAB&gt;error&lt;TAB&gt;MESSAGE</c>; exit 1 when any vector was rejected. For people triaging by hand and for scripts.
/// </summary>
internal static class ScoreCommand
{
    /// <summary>What <c>--all</c> prints for a score the vector does not call for.</summary>
    public const string NotApplicable = "-";

    public static Command Create(TextReader input)
    {
        var vectors = new Argument<string[]>("vector")
        {
            Description = "CVSS vectors of any version (CVSS:3.1/…, CVSS:4.0/…, bare or parenthesised v2.0); without any, one per line on standard input",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var all = new Option<bool>("--all")
        {
            Description = $"Add the Temporal and Environmental scores of v2.0/v3.x vectors as two more columns ('{NotApplicable}' when the vector defines no metric of the group, and for v4.0)",
        };
        var cvss = new Command("cvss", "Score CVSS vectors: the Base score for v2.0/v3.x, the CVSS-B/BT/BE/BTE score for v4.0") { vectors, all };
        cvss.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var failed = false;
            await foreach (var vector in Vectors(parse.GetValue(vectors), input, ct))
            {
                var (line, ok) = Score(vector, parse.GetValue(all));
                failed |= !ok;
                await output.WriteLineAsync(line);
            }

            return failed ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return new Command("score", "Score vulnerabilities") { cvss };
    }

    /// <summary>The output line for one vector, and whether it parsed.</summary>
    internal static (string Line, bool Ok) Score(string text, bool all)
    {
        var shown = text.Replace('\t', ' ');
        if (!CvssVector.TryParse(text, out var vector, out var error))
        {
            return ($"{shown}\terror\t{error.Message.Replace('\t', ' ')}", false);
        }

        var line = $"{shown}\t{vector.Score}\t{vector.Severity}";
        if (!all)
        {
            return (line, true);
        }

        var (temporal, environmental) = (vector.Cvss2, vector.Cvss3) switch
        {
            ({ } v2, _) => (Optional(v2.HasTemporalMetrics, v2.TemporalScore), Optional(v2.HasEnvironmentalMetrics, v2.EnvironmentalScore)),
            (_, { } v3) => (Optional(v3.HasTemporalMetrics, v3.TemporalScore), Optional(v3.HasEnvironmentalMetrics, v3.EnvironmentalScore)),
            _ => (NotApplicable, NotApplicable),
        };
        return ($"{line}\t{temporal}\t{environmental}", true);
    }

    private static string Optional(bool defined, CvssScore score) => defined ? score.ToString() : NotApplicable;

    /// <summary>The arguments, or else the non-blank lines of standard input, trimmed.</summary>
    private static async IAsyncEnumerable<string> Vectors(
        string[]? arguments, TextReader input, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        if (arguments is { Length: > 0 })
        {
            foreach (var argument in arguments)
            {
                yield return argument.Trim();
            }

            yield break;
        }

        while (await input.ReadLineAsync(ct) is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return line.Trim();
            }
        }
    }
}
