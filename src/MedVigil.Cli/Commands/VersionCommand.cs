using System.CommandLine;
using MedVigil.Standards.Versions;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Cli.Commands;

/// <summary>
/// <c>medvigil version compare SCHEME A B</c> (or <c>--stdin</c>, one pair per line) and
/// <c>medvigil version contains VERS VERSION</c>, for people triaging by hand and for scripts.
/// </summary>
internal static class VersionCommand
{
    public static Command Create(TextReader input) => new("version", "Compare versions and test vers ranges, under any ecosystem's rules")
    {
        CreateCompare(input),
        CreateContains(),
    };

    private static Command CreateCompare(TextReader input)
    {
        var scheme = new Argument<string>("scheme") { Description = "A vers scheme (deb, rpm, maven, npm, pypi, nuget, gem, golang, apk, composer, semver, generic, firmware, …) or an alias (debian, python, go, ruby, …)" };
        var left = new Argument<string?>("a") { Description = "The first version", Arity = ArgumentArity.ZeroOrOne };
        var right = new Argument<string?>("b") { Description = "The second version", Arity = ArgumentArity.ZeroOrOne };
        var stdin = new Option<bool>("--stdin") { Description = "Read 'A B' pairs from standard input, one per line (separate them with a TAB when versions contain spaces)" };
        var compare = new Command("compare", "Compare two versions under a scheme's rules: prints <, = or >") { scheme, left, right, stdin };
        compare.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            if (!VersionSchemes.TryGet(parse.GetValue(scheme), out var versionScheme))
            {
                return CliOutput.Usage(error, $"unknown scheme '{parse.GetValue(scheme)}'. Schemes: {SchemeList()}.");
            }

            var (a, b) = (parse.GetValue(left), parse.GetValue(right));
            if (parse.GetValue(stdin))
            {
                return a is null && b is null
                    ? await CompareLinesAsync(versionScheme, input, output, ct)
                    : CliOutput.Usage(error, "give the versions either as arguments or on standard input with --stdin, not both.");
            }

            if (a is null || b is null)
            {
                return CliOutput.Usage(error, "give two versions to compare (or --stdin).");
            }

            if (!TryCompare(versionScheme, a, b, out var symbol, out var message))
            {
                await error.WriteLineAsync($"error: {message}");
                return ExitCodes.Failed;
            }

            await output.WriteLineAsync(symbol);
            return ExitCodes.Ok;
        });
        return compare;
    }

    private static Command CreateContains()
    {
        var vers = new Argument<string>("vers") { Description = "A canonical vers range, e.g. 'vers:deb/>=2:9.0.0|<2:9.1.0'" };
        var version = new Argument<string>("version") { Description = "The version to test, in the range's scheme" };
        var contains = new Command("contains", "Whether a vers range contains a version: prints true or false") { vers, version };
        contains.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var text = parse.GetValue(vers)!;
            if (!VersRange.TryParse(text, out var range, out var problem))
            {
                var hint = VersRange.TryParseLenient(text, out var lenient, out _) && lenient.TryCanonicalize(out var canonical, out _)
                    ? $" Its canonical form is '{canonical}'."
                    : "";
                await error.WriteLineAsync($"error: {problem.Message}{hint}");
                return ExitCodes.Failed;
            }

            if (!range.Scheme.TryParse(parse.GetValue(version), out var parsed, out var versionError))
            {
                await error.WriteLineAsync($"error: {versionError.Message}");
                return ExitCodes.Failed;
            }

            await output.WriteLineAsync(range.Contains(parsed) ? "true" : "false");
            return ExitCodes.Ok;
        });
        return contains;
    }

    /// <summary>One result per input line, so the output lines up with the input; a bad line is reported in place.</summary>
    private static async Task<int> CompareLinesAsync(VersionScheme scheme, TextReader input, TextWriter output, CancellationToken ct)
    {
        var failed = false;
        while (await input.ReadLineAsync(ct) is { } line)
        {
            line = line.TrimEnd('\r');
            var pair = line.Contains('\t', StringComparison.Ordinal)
                ? line.Split('\t', StringSplitOptions.TrimEntries)
                : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string? symbol = null, message;
            if (pair.Length != 2 || pair[0].Length == 0 || pair[1].Length == 0)
            {
                message = "expected two versions separated by spaces or a TAB";
            }
            else
            {
                TryCompare(scheme, pair[0], pair[1], out symbol, out message);
            }

            failed |= symbol is null;
            await output.WriteLineAsync(symbol ?? $"{line}\terror\t{message}");
        }

        return failed ? ExitCodes.Failed : ExitCodes.Ok;
    }

    private static bool TryCompare(VersionScheme scheme, string a, string b, out string? symbol, out string? message)
    {
        symbol = null;
        if (!scheme.TryParse(a, out var left, out var error) || !scheme.TryParse(b, out var right, out error))
        {
            message = error.Message;
            return false;
        }

        message = null;
        symbol = left.CompareTo(right) switch { < 0 => "<", 0 => "=", _ => ">" };
        return true;
    }

    private static string SchemeList() =>
        string.Join(", ", VersionSchemes.All.Select(s => s.Name))
        + "; aliases: " + string.Join(", ", VersionSchemes.Aliases.Keys.Order(StringComparer.Ordinal));
}
