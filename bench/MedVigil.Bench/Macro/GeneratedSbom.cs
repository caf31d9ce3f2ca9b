using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace MedVigil.Bench.Macro;

/// <summary>A synthetic CycloneDX 1.6 device SBOM: the product in the metadata, <c>count</c> distinct library components.</summary>
internal static class GeneratedSbom
{
    /// <summary>
    /// The SBOM's bytes. Components whose index is a multiple of <paramref name="changeEvery"/> get another version
    /// (10 gives the "10% changed" re-import); 0 changes none.
    /// </summary>
    public static byte[] Create(int count, int changeEvery = 0)
    {
        var components = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            var version = changeEvery > 0 && i % changeEvery == 0 ? "2." + n : "1." + n;
            components.Add(new JsonObject
            {
                ["type"] = "library",
                ["bom-ref"] = $"pkg:maven/com.example.medical/component-{n}@{version}",
                ["supplier"] = new JsonObject { ["name"] = "Supplier " + (i % 50).ToString(CultureInfo.InvariantCulture) },
                ["group"] = "com.example.medical",
                ["name"] = "component-" + n,
                ["version"] = version,
                ["purl"] = $"pkg:maven/com.example.medical/component-{n}@{version}",
                ["cpe"] = $"cpe:2.3:a:example:component-{n}:{version}:*:*:*:*:*:*:*",
                ["licenses"] = new JsonArray(new JsonObject { ["license"] = new JsonObject { ["id"] = "Apache-2.0" } }),
            });
        }

        var root = new JsonObject
        {
            ["bomFormat"] = "CycloneDX",
            ["specVersion"] = "1.6",
            ["serialNumber"] = "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
            ["version"] = 1,
            ["metadata"] = new JsonObject
            {
                ["timestamp"] = "2026-12-01T00:00:00Z",
                ["component"] = new JsonObject { ["type"] = "device", ["name"] = "Infusion Pump X", ["version"] = "4.2.0" },
                ["manufacturer"] = new JsonObject { ["name"] = "Acme Medical" },
            },
            ["components"] = components,
        };
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }
}
