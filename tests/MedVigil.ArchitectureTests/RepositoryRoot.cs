namespace MedVigil.ArchitectureTests;

/// <summary>The checkout these tests read: the nearest folder above the test binaries that holds MedVigil.slnx.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "MedVigil.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No MedVigil.slnx above {AppContext.BaseDirectory}; run the tests from a checkout.");
    }
}
