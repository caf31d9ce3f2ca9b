using MedVigil.Testing;

namespace MedVigil.Application.Tests.Vex;

/// <summary>The VEX documents of shared/data.</summary>
internal static class VexSamples
{
    /// <summary>The 13 CSAF VEX examples of the OASIS CSAF repository.</summary>
    public static IReadOnlyList<string> CsafVex() =>
        [.. Directory.EnumerateFiles(SharedData.Path("csaf", "examples", "csaf", "csaf_vex"), "*.json").Order(StringComparer.Ordinal)];

    /// <summary>The OpenVEX documents under shared/data/openvex: JSON files with statements, outside spec/ (the schema and context).</summary>
    public static IReadOnlyList<string> OpenVex()
    {
        var root = SharedData.Path("openvex");
        return [.. Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).StartsWith("spec", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("\"statements\"", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The CycloneDX VEX examples under shared/data/cyclonedx/examples/VEX: the BOMs there with vulnerabilities (the
    /// SBOMs beside them, which the VEX documents point into, are not VEX).
    /// </summary>
    public static IReadOnlyList<string> CycloneDxVex() =>
        [.. Directory.EnumerateFiles(SharedData.Path("cyclonedx", "examples", "VEX"), "*.json", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("\"vulnerabilities\"", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
}
