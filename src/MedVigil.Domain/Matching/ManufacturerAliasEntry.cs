namespace MedVigil.Domain.Matching;

/// <summary>What a row of the alias table says: another name of the same maker, or a maker or brand that became part of another.</summary>
public enum ManufacturerAliasKind
{
    Alias,
    Lineage,
}

/// <summary>
/// One row of the manufacturer alias table (ADR 0019): <see cref="Alias"/> names the maker <see cref="Canonical"/> names,
/// for every product or only for the product families in <see cref="ProductScope"/> (Hospira's infusion pumps went to
/// ICU Medical, the rest of Hospira to Pfizer). <see cref="Origin"/> says which table the row comes from.
/// </summary>
public sealed record ManufacturerAliasEntry(
    string Alias,
    string Canonical,
    ManufacturerAliasKind Kind,
    int? Since,
    IReadOnlyList<string> ProductScope,
    string? Note,
    string Origin)
{
    public const string ShippedOrigin = "shipped table";

    public const string TenantOrigin = "tenant table";

    /// <summary>A tenant's row: always an alias, for every product unless scoped.</summary>
    public static ManufacturerAliasEntry ForTenant(string alias, string canonical, IReadOnlyList<string>? productScope = null, string? note = null) =>
        new(alias, canonical, ManufacturerAliasKind.Alias, null, productScope ?? [], note, TenantOrigin);

    /// <summary>The row in words: <c>'BD' is an alias of 'Becton Dickinson' (shipped table)</c>.</summary>
    public string Explain()
    {
        var scope = ProductScope.Count == 0 ? "" : $" for {string.Join(", ", ProductScope)}";
        return Kind == ManufacturerAliasKind.Lineage
            ? $"'{Alias}' became part of {Canonical}{(Since is { } year ? $" in {year}" : "")}{scope} ({Origin})"
            : $"'{Alias}' is an alias of '{Canonical}'{scope} ({Origin})";
    }

    public override string ToString() => Explain();
}

/// <summary>
/// A manufacturer name after the alias table: its normalised <see cref="Key"/>, the <see cref="Name"/> to show, and
/// the rows followed to get there (none when the name is its own canonical name).
/// </summary>
public sealed record ResolvedManufacturer(string Key, string Name, IReadOnlyList<ManufacturerAliasEntry> Steps)
{
    public bool IsAlias => Steps.Count > 0;

    /// <summary>Why the name resolves so: the rows in words, or that no row applies.</summary>
    public string Explanation => Steps.Count == 0
        ? $"'{Name}' is a manufacturer name of its own (no alias applies)"
        : string.Join("; ", Steps.Select(s => s.Explain()));
}
