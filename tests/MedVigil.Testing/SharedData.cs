namespace MedVigil.Testing;

/// <summary>
/// Finds <c>../shared/data</c> beside the repository (or <c>MEDVIGIL_SHARED_DATA</c>). Conformance tests skip
/// when it is absent, except under <c>CI=true</c>, where a missing data folder fails the run.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>The full path of a file or folder under shared/data; skips or fails the test when absent.</summary>
    public static string Path(params string[] parts)
    {
        var root = Root.Value;
        if (root is null)
        {
            const string message = "../shared/data is not beside the repository (set MEDVIGIL_SHARED_DATA to its path).";
            if (IsCi)
            {
                throw new InvalidOperationException("CI=true but " + message);
            }

            Assert.Skip(message);
        }

        var path = System.IO.Path.Combine([root, .. parts]);
        return File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new FileNotFoundException($"Shared data file '{path}' is missing.", path);
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The repository root: the folder holding MedVigil.slnx.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "MedVigil.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MedVigil.slnx not found above " + AppContext.BaseDirectory);
    }

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("MEDVIGIL_SHARED_DATA");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }

        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot(), "..", "shared", "data"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}
