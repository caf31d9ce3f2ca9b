using System.Text.Json;
using System.Text.RegularExpressions;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Kev;

/// <summary>
/// Reads the CISA KEV catalog in its JSON form (<c>known_exploited_vulnerabilities.json</c>). Required fields follow
/// CISA's schema; <c>count</c> must equal the number of entries; a CVE id must look like <c>CVE-YYYY-NNNN…</c> and be
/// listed once; dates are <c>YYYY-MM-DD</c>. Any error leaves <see cref="ReadResult{T}.Document"/> null.
/// </summary>
public static partial class KevReader
{
    /// <summary>Reads a catalog from a stream, which stays open.</summary>
    public static ReadResult<KevCatalog> Read(Stream content, ReaderLimits? limits = null) => JsonFields.Read(content, limits, Catalog);

    /// <summary>Reads a catalog from a file.</summary>
    public static ReadResult<KevCatalog> Read(string path, ReaderLimits? limits = null) => JsonFields.Read(path, limits, Catalog);

    private static KevCatalog? Catalog(JsonFields f, JsonElement root)
    {
        if (!f.IsObject(root, ""))
        {
            return null;
        }

        var title = f.String(root, "", "title");
        var version = f.String(root, "", "catalogVersion", required: true);
        var released = f.Timestamp(root, "", "dateReleased", required: true);
        var count = f.Count(root, "", "count", required: true);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var entries = f.Array(root, "", "vulnerabilities", (e, p) => Entry(f, e, p, seen), required: true);
        if (count is { } n && root.TryGetProperty("vulnerabilities", out var array) && array.ValueKind == JsonValueKind.Array
            && n != array.GetArrayLength())
        {
            f.Error("/count", "kev-count", $"count is {n} but the catalog lists {array.GetArrayLength()} vulnerabilities.");
        }

        return version is null || released is null ? null : new KevCatalog(title, version, released.Value, entries);
    }

    private static KevEntry? Entry(JsonFields f, JsonElement e, string p, HashSet<string> seen)
    {
        if (!f.IsObject(e, p))
        {
            return null;
        }

        var cve = f.String(e, p, "cveID", required: true);
        if (cve is not null && !CveId().IsMatch(cve))
        {
            f.Error(p + "/cveID", "kev-cve-id", $"'{cve}' is not a CVE id (CVE-YYYY-NNNN).");
        }
        else if (cve is not null && !seen.Add(cve))
        {
            f.Error(p + "/cveID", "kev-duplicate", $"{cve} is listed more than once.");
        }

        var cwes = f.Strings(e, p, "cwes");
        var entry = new
        {
            Vendor = f.String(e, p, "vendorProject", required: true),
            Product = f.String(e, p, "product", required: true),
            Name = f.String(e, p, "vulnerabilityName", required: true),
            Added = f.Date(e, p, "dateAdded", required: true),
            Description = f.String(e, p, "shortDescription", required: true),
            Action = f.String(e, p, "requiredAction", required: true),
            Due = f.Date(e, p, "dueDate", required: true),
            Ransomware = f.String(e, p, "knownRansomwareCampaignUse"),
            Notes = f.String(e, p, "notes") ?? "",
        };
        return cve is null || entry.Vendor is null || entry.Product is null || entry.Name is null || entry.Added is null
               || entry.Description is null || entry.Action is null || entry.Due is null
            ? null
            : new KevEntry(cve, entry.Vendor, entry.Product, entry.Name, entry.Added.Value, entry.Description, entry.Action,
                entry.Due.Value, entry.Ransomware, entry.Notes, cwes);
    }

    [GeneratedRegex("^CVE-[0-9]{4}-[0-9]{4,19}$", RegexOptions.CultureInvariant)]
    internal static partial Regex CveId();
}
