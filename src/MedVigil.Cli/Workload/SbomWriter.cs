using System.Text.Json;

namespace MedVigil.Cli.Workload;

/// <summary>
/// Writes a model version's SBOM as CycloneDX 1.6 JSON: the device in the metadata, its operating system (CPE only)
/// and its libraries (purl; generic ones also a CPE). The serial number is derived from the model version number.
/// </summary>
internal static class SbomWriter
{
    public static void Write(Stream stream, PlannedModelVersion version)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("bomFormat", "CycloneDX");
        json.WriteString("specVersion", "1.6");
        json.WriteString("serialNumber", $"urn:uuid:{SerialOf(version.Number)}");
        json.WriteNumber("version", 1);
        json.WriteStartObject("metadata");
        json.WriteString("timestamp", "2026-12-01T00:00:00Z");
        json.WriteStartObject("component");
        json.WriteString("type", "device");
        json.WriteString("bom-ref", "device");
        json.WriteString("name", version.Model);
        json.WriteString("version", version.Version);
        json.WriteEndObject();
        json.WriteStartObject("manufacturer");
        json.WriteString("name", version.Manufacturer);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("components");
        if (version.OsCpe is { } os)
        {
            json.WriteStartObject();
            json.WriteString("type", "operating-system");
            json.WriteString("bom-ref", "os");
            json.WriteString("name", version.Archetype.OsProduct);
            json.WriteString("version", os.Split(':')[5]);
            json.WriteString("cpe", os);
            json.WriteEndObject();
        }

        foreach (var component in version.Components)
        {
            var purl = component.Package.Purl(component.Version);
            json.WriteStartObject();
            json.WriteString("type", "library");
            json.WriteString("bom-ref", purl);
            if (component.Package.Ecosystem == WorkloadEcosystem.Maven)
            {
                json.WriteString("group", component.Package.Namespace);
            }

            json.WriteString("name", component.Package.Name);
            json.WriteString("version", component.Version);
            json.WriteString("purl", purl);
            if (component.Package.Cpe(component.Version) is { } cpe)
            {
                json.WriteString("cpe", cpe);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static Guid SerialOf(int number)
    {
        var bytes = new byte[16];
        BitConverter.TryWriteBytes(bytes, number);
        bytes[7] = 0x40; // version 4 layout, so validators accept it
        bytes[8] = 0x80;
        return new Guid(bytes);
    }
}
