using MedVigil.Domain.Catalog;
using MedVigil.Domain.Matching;

namespace MedVigil.Application.Aliases;

/// <summary>
/// One row of the alias table in effect for the tenant: shipped or the tenant's own (with who added it, when), the
/// maker it finally resolves to, and why.
/// </summary>
public sealed record ManufacturerAliasView(
    string Alias,
    string Canonical,
    string Kind,
    int? Since,
    IReadOnlyList<string> ProductScope,
    string? Note,
    string Origin,
    string ResolvesTo,
    string Explanation,
    string? CreatedBy = null,
    DateTimeOffset? CreatedAt = null)
{
    public static ManufacturerAliasView From(ManufacturerAliasEntry entry, ManufacturerAliases table, ManufacturerAlias? stored = null)
    {
        var resolved = table.Resolve(entry.Alias, entry.ProductScope.FirstOrDefault());
        return new ManufacturerAliasView(entry.Alias, entry.Canonical, entry.Kind == ManufacturerAliasKind.Lineage ? "lineage" : "alias", entry.Since,
            entry.ProductScope, entry.Note, entry.Origin, resolved.Name, resolved.Explanation, stored?.CreatedBy, stored?.CreatedAt);
    }
}
