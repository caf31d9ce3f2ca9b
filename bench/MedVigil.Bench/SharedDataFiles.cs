namespace MedVigil.Bench;

/// <summary>Finds ../shared/data beside the repository, where the benchmarks take their real documents from.</summary>
internal static class SharedDataFiles
{
    public static string Path(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "MedVigil.slnx")))
            {
                return System.IO.Path.Combine([dir.FullName, "..", "shared", "data", .. parts]);
            }
        }

        throw new InvalidOperationException("MedVigil.slnx not found above " + AppContext.BaseDirectory);
    }
}
