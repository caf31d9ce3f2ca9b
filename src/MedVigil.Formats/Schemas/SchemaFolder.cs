namespace MedVigil.Formats.Schemas;

/// <summary>
/// A folder of official schema files (such as <c>shared/data/cyclonedx/schema</c>): finds the schema for a
/// document's version by a file-name pattern, together with the other schema files of the folder, which it may
/// reference.
/// </summary>
/// <param name="Path">The folder.</param>
public sealed record SchemaFolder(string Path)
{
    /// <summary>
    /// The schema set for <paramref name="version"/>: the file named by <paramref name="rootFileNamePattern"/> with
    /// <c>{version}</c> replaced (e.g. <c>bom-{version}.schema.json</c>), and every other <c>*.schema.json</c> of
    /// the folder as a referenced schema; null when the folder has no schema for that version.
    /// </summary>
    /// <exception cref="IOException">A schema file cannot be read.</exception>
    /// <exception cref="System.Text.Json.JsonException">A schema file is not a usable schema.</exception>
    public JsonSchemaSet? ForVersion(string rootFileNamePattern, string version)
    {
        ArgumentNullException.ThrowIfNull(rootFileNamePattern);
        ArgumentNullException.ThrowIfNull(version);
        // The version comes from an untrusted document: it may only name a file inside the folder.
        if (version.Length == 0 || version.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')) || version.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var rootName = rootFileNamePattern.Replace("{version}", version, StringComparison.Ordinal);
        var rootPath = System.IO.Path.Combine(Path, rootName);
        if (!File.Exists(rootPath))
        {
            return null;
        }

        var referenced = Directory.GetFiles(Path, "*.schema.json")
            .Where(file => !IsVersionedRoot(System.IO.Path.GetFileName(file), rootFileNamePattern))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return JsonSchemaSet.Load(rootPath, referenced);
    }

    /// <summary>Whether a file is one of the versioned root schemas (bom-1.4…), not a shared referenced one.</summary>
    private static bool IsVersionedRoot(string fileName, string pattern)
    {
        var cut = pattern.IndexOf("{version}", StringComparison.Ordinal);
        if (cut < 0)
        {
            return string.Equals(fileName, pattern, StringComparison.Ordinal);
        }

        var prefix = pattern[..cut];
        var suffix = pattern[(cut + "{version}".Length)..];
        return fileName.StartsWith(prefix, StringComparison.Ordinal) && fileName.EndsWith(suffix, StringComparison.Ordinal);
    }
}
