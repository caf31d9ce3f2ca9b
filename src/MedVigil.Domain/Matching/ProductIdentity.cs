using MedVigil.Standards.Cpe;

namespace MedVigil.Domain.Matching;

/// <summary>
/// What product a statement is about, in one of the four ways sources name products: a package (purl
/// type/namespace/name), a CPE vendor/product (with its target software and hardware), a manufacturer and product
/// name (CISA medical advisories mostly name products only so), or a manufacturer's model-number pattern.
/// </summary>
public abstract record ProductIdentity
{
    private protected ProductIdentity()
    {
    }

    /// <summary>The key the matching indexes file this identity under (lower case, normalised).</summary>
    public abstract string IndexKey { get; }
}

/// <summary>
/// A package by purl type, namespace and name (no version, no qualifiers): <c>pkg:pypi/django</c>. Names are kept in
/// the purl's canonical spelling (the type's case folding applied), so equal packages compare equal.
/// <see cref="Release"/>, when set, limits a statement to one distribution release (<c>debian:11</c>,
/// <see cref="DistributionReleases"/>); a component's package has none.
/// </summary>
public sealed record PurlProduct(string Type, string? Namespace, string Name, string? Release = null) : ProductIdentity
{
    public override string IndexKey => Namespace is null ? $"pkg:{Type}/{Name}" : $"pkg:{Type}/{Namespace}/{Name}";

    /// <summary>The same package, whatever the release.</summary>
    public bool IsPackage(PurlProduct other) =>
        other is not null && Type == other.Type && Namespace == other.Namespace && Name == other.Name;

    public override string ToString() => Release is null ? IndexKey : $"{IndexKey} ({Release})";
}

/// <summary>
/// A product by CPE 2.3 match criteria. <see cref="Criteria"/> keeps every attribute as written (target_sw,
/// target_hw…); its version attribute, when a value, is also part of the statement's version constraint.
/// </summary>
public sealed record CpeProduct(CpeName Criteria) : ProductIdentity
{
    public override string IndexKey => CpeKey(Criteria);

    /// <summary>The vendor:product key of a CPE, lower case; <c>*</c> for a wildcard or pattern.</summary>
    public static string CpeKey(CpeName name) =>
        $"cpe:{KeyPart(name.Vendor)}:{KeyPart(name.Product)}";

    public override string ToString() => Criteria.ToString();

    private static string KeyPart(CpeValue value) =>
        value.Literal is { } literal ? literal.ToLowerInvariant() : "*";
}

/// <summary>
/// A product by manufacturer and product name, both normalised with <see cref="ProductNames"/>; the names as
/// written are kept for explanations.
/// </summary>
public sealed record NamedProduct(string Manufacturer, string Product, string WrittenManufacturer, string WrittenProduct) : ProductIdentity
{
    public override string IndexKey => $"name:{Manufacturer}|{Product}";

    /// <summary>Normalises both names.</summary>
    public static NamedProduct From(string manufacturer, string product) =>
        new(ProductNames.NormaliseManufacturer(manufacturer), ProductNames.NormaliseProduct(product), manufacturer, product);

    public override string ToString() => $"{WrittenManufacturer} {WrittenProduct}";
}

/// <summary>A manufacturer's model number or model-number pattern (<c>?</c> one character, <c>*</c> any).</summary>
public sealed record ModelNumberProduct(string Manufacturer, ModelNumberPattern Pattern, string WrittenManufacturer) : ProductIdentity
{
    public override string IndexKey => $"model:{Manufacturer}";

    public static ModelNumberProduct From(string manufacturer, string pattern) =>
        new(ProductNames.NormaliseManufacturer(manufacturer), new ModelNumberPattern(pattern), manufacturer);

    public override string ToString() => $"{WrittenManufacturer} model {Pattern}";
}

/// <summary>Builds <see cref="PurlProduct"/>s from purls, in the purl's canonical spelling.</summary>
public static class PurlProducts
{
    /// <summary>The package of a purl text (version, qualifiers and subpath dropped); null when it is not a purl.</summary>
    public static PurlProduct? FromText(string? purl) =>
        MedVigil.Standards.Purl.PackageUrl.TryParse(purl, MedVigil.Standards.Purl.PurlParseMode.Lenient, out var parsed, out _) ? From(parsed) : null;

    public static PurlProduct From(MedVigil.Standards.Purl.PackageUrl purl)
    {
        ArgumentNullException.ThrowIfNull(purl);
        return new PurlProduct(purl.Type, purl.Namespace, purl.Name);
    }

    /// <summary>The package with this type, namespace and name, folded as the type's rules say; null when invalid.</summary>
    public static PurlProduct? Create(string type, string? ns, string name) =>
        MedVigil.Standards.Purl.PackageUrl.TryCreate(
            new MedVigil.Standards.Purl.PurlComponents { Type = type, Namespace = ns, Name = name },
            MedVigil.Standards.Purl.PurlParseMode.Lenient, out var purl, out _) ? From(purl) : null;
}
