using MedVigil.Domain.Common;

namespace MedVigil.Application.Tests.Corpus;

/// <summary>Runs an import over many files, as the CLI does, failing on the first file that does not import.</summary>
internal static class ImportRuns
{
    /// <summary>Imports each file in turn and adds its result to the totals; a failure fails the test with the file and every issue.</summary>
    public static async Task<TTotals> ImportAllAsync<TResult, TTotals>(
        IEnumerable<string> files, TTotals empty, Func<string, Stream, CancellationToken, Task<Result<TResult>>> import, Func<TTotals, TResult, TTotals> add)
    {
        var totals = empty;
        foreach (var file in files)
        {
            await using var content = File.OpenRead(file);
            var result = await import(file, content, TestContext.Current.CancellationToken);
            result.IsSuccess.ShouldBeTrue(Describe(result.Error));
            totals = add(totals, result.Value);
        }

        return totals;
    }

    /// <summary>An error's message and every field, for an assertion message.</summary>
    public static string Describe(Error? error) =>
        error is null ? "" : error.Message + " " + string.Join("; ", error.Fields.Select(f => $"{f.Field}: {f.Message}"));
}
