using System.Text.RegularExpressions;

namespace MedVigil.Domain.Matching;

/// <summary>
/// A vendor name that lists several makers ("ENEA, Green Hills Software, ITRON, IP Infusion, and Wind River": the
/// URGENT/11 advisory ICSMA-19-274-01 names every stack vendor in one branch) is read as each of them, split on ", "
/// and " and ". It stays one maker when a part is only a legal form ("Becton, Dickinson and Company (BD)",
/// "Natus Medical, Inc.": the commas belong to one legal name) or when the alias table knows the whole name
/// ("Silex Technology and GE Healthcare" is split there by product).
/// </summary>
public static partial class ManufacturerLists
{
    /// <summary>The makers a vendor name lists, each as written; the name itself when it names one maker.</summary>
    public static IReadOnlyList<string> Makers(string vendor, ManufacturerAliases aliases)
    {
        ArgumentNullException.ThrowIfNull(vendor);
        ArgumentNullException.ThrowIfNull(aliases);
        var parts = Separator().Split(vendor.Trim()).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2 || aliases.Knows(vendor) || parts.Any(p => ProductNames.IsLegalForm(Remark().Replace(p, ""))))
        {
            return [vendor];
        }

        return parts;
    }

    /// <summary>", ", ", and " or " and " between two makers.</summary>
    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+and\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Separator();

    /// <summary>A parenthesised short name after a part ("Company (BD)").</summary>
    [GeneratedRegex(@"\s*\([^()]*\)\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Remark();
}
