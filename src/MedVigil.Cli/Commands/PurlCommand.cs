using System.CommandLine;
using MedVigil.Standards.Purl;

namespace MedVigil.Cli.Commands;

/// <summary><c>medvigil purl canonicalize [PURL…]</c>: canonical Package URLs for people triaging by hand and for scripts.</summary>
internal static class PurlCommand
{
    public static Command Create(TextReader input)
    {
        var purls = new Argument<string[]>("purl")
        {
            Description = "Package URLs to canonicalise (default: one per line on standard input)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var strict = new Option<bool>("--strict")
        {
            Description = "Reject what ECMA-427 forbids (uppercase qualifier keys, '.' or '..' subpath segments, "
                + "characters outside ASCII) instead of repairing it",
        };
        var canonicalize = new Command(
            "canonicalize",
            "Print each PURL in canonical form, one per line in input order; a bad one prints INPUT<TAB>error<TAB>MESSAGE "
            + "and makes the exit code 1")
        {
            purls,
            strict,
        };
        canonicalize.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var mode = parse.GetValue(strict) ? PurlParseMode.Strict : PurlParseMode.Lenient;
            var failed = false;
            await foreach (var purl in Inputs(parse.GetValue(purls) ?? [], input, ct))
            {
                var ok = PackageUrl.TryParse(purl, mode, out var parsed, out var error);
                failed |= !ok;
                await output.WriteLineAsync(ok ? parsed!.ToString() : $"{purl}\terror\t{error!.Message}");
            }

            return failed ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return new Command("purl", "Package URLs (ECMA-427)") { canonicalize };
    }

    /// <summary>The arguments, or else the non-blank lines of standard input, trimmed.</summary>
    private static async IAsyncEnumerable<string> Inputs(
        string[] arguments, TextReader input, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        if (arguments.Length > 0)
        {
            foreach (var argument in arguments)
            {
                yield return argument;
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
