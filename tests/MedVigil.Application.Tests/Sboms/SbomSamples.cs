using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using MedVigil.Testing;

namespace MedVigil.Application.Tests.Sboms;

/// <summary>SBOMs for import tests: the real ones in the shared data, and generated or edited copies in memory.</summary>
internal static class SbomSamples
{
    /// <summary>A real medical-device CycloneDX 1.4 SBOM (55 components; no manufacturer or version in its metadata).</summary>
    public static string Narrow => SharedData.Path("medical", "sbom", "spacelab-ccny-case-study-narrow.sbom.json");

    /// <summary>The extended case study (65 components).</summary>
    public static string Extended => SharedData.Path("medical", "sbom", "spacelab-ccny-case-study-extended.sbom.json");

    /// <summary>A CycloneDX 1.4 XML BOM: 62 components; metadata.component has a name and version but no supplier.</summary>
    public static string CycloneDxXml => SharedData.Path("cyclonedx", "examples", "SBOM", "laravel-7.12.0", "bom.1.4.xml");

    /// <summary>The SPDX 2.3 JSON example: describes glibc 2.11.1 (supplier Jane Doe) and lists 3 other packages.</summary>
    public static string SpdxJson => SharedData.Path("spdx", "spec-examples", "SPDXJSONExample-v2.3.spdx.json");

    /// <summary>The same document as tag-value.</summary>
    public static string SpdxTagValue => SharedData.Path("spdx", "spec-examples", "SPDXTagExample-v2.3.spdx");

    /// <summary>A fresh name, so tests sharing a database do not meet.</summary>
    public static string NewName(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary><see cref="Narrow"/> with its first component's version changed, its last component and its dependency graph dropped.</summary>
    public static byte[] EditedNarrow()
    {
        var root = JsonNode.Parse(File.ReadAllText(Narrow))!;
        var components = root["components"]!.AsArray();
        components[0]!["version"] = "99.0-edited";
        components.RemoveAt(components.Count - 1);
        root.AsObject().Remove("dependencies");
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    /// <summary>A CycloneDX 1.5 SBOM with <paramref name="count"/> distinct components and its product in the metadata.</summary>
    public static byte[] Generated(int count, string manufacturer = "Acme Medical", string model = "Pump", string version = "1.0")
    {
        var components = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            components.Add(new JsonObject
            {
                ["type"] = "library", ["bom-ref"] = "c" + n, ["group"] = "org.example", ["name"] = "lib" + n, ["version"] = "1." + n,
                ["purl"] = $"pkg:maven/org.example/lib{n}@1.{n}", ["supplier"] = new JsonObject { ["name"] = "Supplier " + n },
            });
        }

        var root = new JsonObject
        {
            ["bomFormat"] = "CycloneDX", ["specVersion"] = "1.5", ["version"] = 1,
            ["metadata"] = new JsonObject
            {
                ["component"] = new JsonObject { ["type"] = "device", ["name"] = model, ["version"] = version },
                ["supplier"] = new JsonObject { ["name"] = manufacturer },
            },
            ["components"] = components,
        };
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }
}
