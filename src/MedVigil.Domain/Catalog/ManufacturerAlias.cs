using MedVigil.Domain.Common;
using MedVigil.Domain.Matching;

namespace MedVigil.Domain.Catalog;

/// <summary>
/// A tenant's own manufacturer alias (ADR 0019), extending the shipped table: the name on its asset tags or contracts
/// and the maker it means, for every product or only for the product families in <see cref="ProductScope"/>.
/// <see cref="NormalizedAlias"/> keeps one row per alias within the tenant.
/// </summary>
public sealed class ManufacturerAlias : ITenantOwned
{
    public const int NameLength = 200;

    public const int TextLength = 1000;

    private ManufacturerAlias()
    {
        Alias = NormalizedAlias = Canonical = CreatedBy = string.Empty;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public string Alias { get; private set; }

    public string NormalizedAlias { get; private set; }

    public string Canonical { get; private set; }

    /// <summary>Product families the alias is limited to, '; '-separated; null for every product.</summary>
    public string? ProductScope { get; private set; }

    public string? Note { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static string Normalize(string alias) => ProductNames.NormaliseManufacturer(alias);

    /// <summary>The product families of a '; '- or ','-separated list, trimmed, empty ones dropped.</summary>
    public static IReadOnlyList<string> ScopeOf(string? scope) =>
        scope?.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    public static ManufacturerAlias Create(Guid tenantId, string alias, string canonical, string? productScope, string? note, string createdBy, TimeProvider time)
    {
        var clean = Guard.Text(alias, nameof(alias), NameLength);
        var scope = ScopeOf(productScope);
        return new ManufacturerAlias
        {
            TenantId = Guard.Id(tenantId, nameof(tenantId)),
            Id = Ids.New(time),
            Alias = clean,
            NormalizedAlias = Normalize(clean),
            Canonical = Guard.Text(canonical, nameof(canonical), NameLength),
            ProductScope = scope.Count == 0 ? null : Guard.Text(string.Join("; ", scope), nameof(productScope), TextLength),
            Note = Guard.OptionalText(note, nameof(note), TextLength),
            CreatedBy = Guard.Text(createdBy, nameof(createdBy), NameLength),
            CreatedAt = time.GetUtcNow(),
        };
    }

    /// <summary>The row as the alias table reads it.</summary>
    public ManufacturerAliasEntry ToEntry() => ManufacturerAliasEntry.ForTenant(Alias, Canonical, ScopeOf(ProductScope), Note);
}
