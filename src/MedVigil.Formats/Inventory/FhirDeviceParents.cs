namespace MedVigil.Formats.Inventory;

/// <summary>
/// The <c>Device.parent</c> trees of the devices read together: finding each parent, and values inherited from
/// the nearest ancestor that has them.
/// </summary>
internal static class FhirDeviceParents
{
    /// <summary>
    /// Sets each entry's <see cref="FhirDeviceEntry.Parent"/>: by bundle <c>fullUrl</c>, by <c>Device/id</c> (the
    /// same file first, then any), or by <c>parent.identifier.value</c> equal to an asset id. A parent not found
    /// is an issue on the child.
    /// </summary>
    /// <param name="byAssetId">The index of the entry that holds each asset id.</param>
    public static void Resolve(IReadOnlyList<FhirDeviceEntry> entries, IReadOnlyDictionary<string, int> byAssetId)
    {
        var byFullUrl = new Dictionary<string, int>(StringComparer.Ordinal);
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var byFileAndId = new Dictionary<(string File, string Id), int>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.FullUrl is { } url)
            {
                byFullUrl.TryAdd(url, i);
            }

            if (entry.Id is { } id)
            {
                byId.TryAdd(id, i);
                byFileAndId.TryAdd((entry.File, id), i);
            }
        }

        foreach (var entry in entries)
        {
            if (!entry.HasParent)
            {
                continue;
            }

            var reference = entry.ParentReference;
            int? found = null;
            if (reference is not null)
            {
                if (byFullUrl.TryGetValue(reference, out var byUrl))
                {
                    found = byUrl;
                }
                else if (DeviceId(reference) is { } id)
                {
                    found = byFileAndId.TryGetValue((entry.File, id), out var local) ? local
                        : byId.TryGetValue(id, out var any) ? any : null;
                }
            }

            if (found is null && entry.ParentIdentifier is { } value && byAssetId.TryGetValue(value, out var byIdentifier))
            {
                found = byIdentifier;
            }

            if (found is null)
            {
                var what = reference ?? entry.ParentIdentifier ?? entry.ParentDisplay ?? "(empty reference)";
                entry.Issue("Device.parent", $"the parent {InventoryRules.Quote(what)} is not among the devices read");
            }

            entry.Parent = found;
        }
    }

    /// <summary>
    /// The value <paramref name="own"/> gives for the nearest ancestor of <paramref name="entry"/> that has one, or
    /// null; a cycle ends the walk.
    /// </summary>
    public static T? Inherited<T>(IReadOnlyList<FhirDeviceEntry> entries, FhirDeviceEntry entry, Func<FhirDeviceEntry, T?> own) where T : class
    {
        var seen = new HashSet<int>();
        for (var current = entry.Parent; current is { } p && seen.Add(p); current = entries[p].Parent)
        {
            if (own(entries[p]) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>"Device/X", "https://host/fhir/Device/X/_history/2" → "X"; anything else → null.</summary>
    private static string? DeviceId(string reference)
    {
        var parts = reference.Split('/');
        for (var i = parts.Length - 2; i >= 0; i--)
        {
            if (string.Equals(parts[i], "Device", StringComparison.Ordinal) && parts[i + 1].Length > 0)
            {
                return parts[i + 1];
            }
        }

        return null;
    }
}
