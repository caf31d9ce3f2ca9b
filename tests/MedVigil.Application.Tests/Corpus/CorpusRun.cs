using MedVigil.Domain.Common;

namespace MedVigil.Application.Tests.Corpus;

/// <summary>
/// Imports every file of a corpus and compares the failures with the known ones: a test fails when a file fails that is
/// not listed, and also when a listed file starts importing, so the lists in the tests and in docs/conformance.md
/// cannot silently go stale.
/// </summary>
internal static class CorpusRun
{
    /// <summary>Imports each file (paths relative to <paramref name="root"/> in the report); returns how many imported.</summary>
    public static async Task<int> ImportAsync(
        string name, string root, IReadOnlyList<string> files, IReadOnlyDictionary<string, string> knownFailures,
        Func<string, byte[], CancellationToken, Task<Error?>> import)
    {
        var failed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var error = await import(file, await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
            if (error is not null)
            {
                failed[Relative(root, file)] = ImportRuns.Describe(error);
            }
        }

        var passed = files.Count - failed.Count;
        TestContext.Current.TestOutputHelper?.WriteLine($"{name}: {passed}/{files.Count} imported; known failures: {failed.Count}");
        foreach (var (file, reason) in failed)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"  {file}: {reason}");
        }

        failed.Keys.Order(StringComparer.Ordinal).ShouldBe(knownFailures.Keys.Order(StringComparer.Ordinal),
            string.Join(Environment.NewLine, failed.Select(f => $"{f.Key}: {f.Value}")));
        foreach (var (file, code) in knownFailures)
        {
            failed[file].ShouldContain(code, Case.Sensitive, $"{file} fails for another reason than the known one");
        }

        return passed;
    }

    /// <summary>The files under <paramref name="root"/> whose names end with one of <paramref name="endings"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> Files(string root, params string[] endings) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => endings.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)];

    public static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    /// <summary>The error of a result, or null when it succeeded.</summary>
    public static Error? ErrorOf<T>(Result<T> result) => result.IsSuccess ? null : result.Error;
}
