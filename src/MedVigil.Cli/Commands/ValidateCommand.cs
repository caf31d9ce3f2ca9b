using System.CommandLine;
using System.Text.Json;
using MedVigil.Formats.Common;

namespace MedVigil.Cli.Commands;

/// <summary>
/// <c>medvigil validate FORMAT PATH…</c>: checks documents without importing them. One line per file,
/// <c>PATH&lt;TAB&gt;valid</c> or <c>PATH&lt;TAB&gt;invalid&lt;TAB&gt;N errors: FIRST (location)</c>; exit 0 all valid, 1 any invalid.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var format = new Argument<string>("format") { Description = "Document format: " + string.Join(", ", ValidationFormats.All.Keys.Order(StringComparer.Ordinal)) };
        var paths = new Argument<string[]>("paths") { Description = "Files, or folders searched recursively", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print every issue of every file as JSON" };
        var schemas = new Option<string?>("--schemas") { Description = "Folder with the official JSON schemas: adds strict schema validation" };
        var command = new Command("validate", "Check SBOMs and advisories against their format's rules") { format, paths, json, schemas };
        command.SetAction(async (parse, ct) =>
        {
            var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            if (!ValidationFormats.All.TryGetValue(parse.GetValue(format)!, out var kind))
            {
                return CliOutput.Usage(error, $"unknown format '{parse.GetValue(format)}'; one of {string.Join(", ", ValidationFormats.All.Keys)}.");
            }

            var missing = parse.GetValue(paths)!.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
            if (missing is not null)
            {
                return CliOutput.Usage(error, $"'{missing}' does not exist.");
            }

            var schemaFolder = parse.GetValue(schemas);
            if (schemaFolder is not null && !Directory.Exists(schemaFolder))
            {
                return CliOutput.Usage(error, $"schema folder '{schemaFolder}' does not exist.");
            }

            List<(string File, List<FormatIssue> Issues)> results;
            try
            {
                results = [.. parse.GetValue(paths)!.SelectMany(p => Files(p, kind))
                    .Select(file => (file, kind.Validate(file, schemaFolder).Where(i => i.Severity == IssueSeverity.Error).ToList()))];
            }
            catch (Exception e) when (e is JsonException or IOException && schemaFolder is not null)
            {
                await error.WriteLineAsync($"error: the schemas under '{schemaFolder}' cannot be loaded: {e.Message}");
                return ExitCodes.Failed;
            }

            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(
                    results.Select(r => new { path = r.File, valid = r.Issues.Count == 0, issues = r.Issues.Select(i => new { location = i.Location, code = i.Code, message = i.Message }) }),
                    new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                foreach (var (file, issues) in results)
                {
                    await output.WriteLineAsync(issues.Count == 0
                        ? $"{file}\tvalid"
                        : $"{file}\tinvalid\t{issues.Count} errors: {issues[0].Message} ({(issues[0].Location.Length > 0 ? issues[0].Location : "document")})");
                }
            }

            return results.All(r => r.Issues.Count == 0) ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    private static IEnumerable<string> Files(string path, ValidationFormat kind) => Directory.Exists(path)
        ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => kind.Extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
        : [path];
}
