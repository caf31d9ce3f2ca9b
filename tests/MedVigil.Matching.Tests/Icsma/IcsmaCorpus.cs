using System.Text.RegularExpressions;
using MedVigil.Formats.Inventory;
using Microsoft.VisualBasic.FileIO;

namespace MedVigil.Matching.Tests.Icsma;

/// <summary>
/// What a reader of an advisory expects for one device and one vulnerability (icsma-expected.csv). <see cref="ReadFrom"/>
/// says where the reading stands: <c>branch</c> (the product's version branch, as written), <c>remediation</c> (a fixed
/// version a remediation names) or <c>prose</c> (only the product name or text says it, or the product tree is wrong).
/// </summary>
internal sealed record ExpectedLabel(string AssetId, string VulnerabilityId, string Expected, string Kind, string Advisory, string Note, string ReadFrom)
{
    /// <summary>Whether the advisory's machine-readable fields carry the label (what a converter can be asked to read).</summary>
    public bool InFields => ReadFrom is "branch" or "remediation";
}

/// <summary>
/// The hand-built ICSMA corpus: devices read with the product's own inventory CSV reader, and the labels written from
/// reading each advisory (product names, version prose, remediations), not from the converter.
/// </summary>
internal static partial class IcsmaCorpus
{
    private static string File(string name) => Path.Combine(AppContext.BaseDirectory, "Icsma", name);

    public static IReadOnlyList<InventoryRecord> Devices()
    {
        using var stream = System.IO.File.OpenRead(File("icsma-inventory.csv"));
        var result = InventoryCsvReader.Read(stream);
        result.IsValid.ShouldBeTrue(string.Join("; ", result.Issues.Take(5)));
        return result.Records;
    }

    public static IReadOnlyList<ExpectedLabel> Labels()
    {
        using var parser = new TextFieldParser(File("icsma-expected.csv")) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        parser.ReadFields().ShouldBe(["asset_id", "vulnerability_id", "expected", "kind", "advisory", "note", "read_from"]);
        var labels = new List<ExpectedLabel>();
        while (parser.ReadFields() is { } f)
        {
            labels.Add(new ExpectedLabel(f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
        }

        return labels;
    }

    /// <summary>The advisory a device was built from: its asset id without the <c>-A7</c> suffix.</summary>
    public static string AdvisoryOf(string assetId) => DeviceSuffix().Replace(assetId, "");

    /// <summary>The device facts the engine matches on; the reader's "unknown" version means no version.</summary>
    public static DeviceFacts Facts(InventoryRecord device) =>
        new(device.Manufacturer, device.Model, device.ModelNumber,
            string.Equals(device.SoftwareVersion, "unknown", StringComparison.Ordinal) ? null : device.SoftwareVersion);

    [GeneratedRegex(@"-A\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex DeviceSuffix();
}
