namespace MedVigil.Formats.Csaf;

/// <summary>
/// <c>/product_tree</c> flattened: every product id defined anywhere (branch leaves, <c>full_product_names</c>,
/// relationships) with its full name and where it came from, plus the groups and relationships themselves.
/// </summary>
public sealed record CsafProductTree(
    IReadOnlyList<CsafProduct> Products,
    IReadOnlyList<CsafProductGroup> Groups,
    IReadOnlyList<CsafRelationship> Relationships)
{
    /// <summary>An empty tree, for documents without <c>product_tree</c>.</summary>
    public static CsafProductTree Empty { get; } = new([], [], []);
}

/// <summary>Where a product id is defined.</summary>
public enum CsafProductSource
{
    /// <summary>The <c>product</c> of a branch leaf; <see cref="CsafProduct.BranchPath"/> says which branches lead to it.</summary>
    Branch,

    /// <summary>An item of <c>/product_tree/full_product_names</c>.</summary>
    FullProductName,

    /// <summary>The <c>full_product_name</c> of a relationship; <see cref="CsafProduct.Relationship"/> composes it.</summary>
    Relationship,
}

/// <summary>
/// One defined product. <paramref name="Location"/> is the JSON pointer of its <c>full_product_name</c> object.
/// </summary>
public sealed record CsafProduct(
    string ProductId,
    string Name,
    CsafProductSource Source,
    IReadOnlyList<CsafBranchStep> BranchPath,
    CsafRelationship? Relationship,
    CsafIdentificationHelper? Helper,
    string Location);

/// <summary>
/// One branch on the way to a product: category (vendor, product_family, product_name, product_version,
/// product_version_range, patch_level, architecture…) and name as written (a <c>vers:</c> or <c>vls:</c> range for
/// <c>product_version_range</c>).
/// </summary>
public sealed record CsafBranchStep(string Category, string Name);

/// <summary>A relationship composing a new product (<paramref name="ProductId"/>) from two others.</summary>
public sealed record CsafRelationship(string Category, string ProductReference, string RelatesToProductReference, string ProductId, string Name);

/// <summary>An item of <c>/product_tree/product_groups</c>.</summary>
public sealed record CsafProductGroup(string GroupId, IReadOnlyList<string> ProductIds, string? Summary);

/// <summary>
/// <c>product_identification_helper</c>. Model and serial numbers keep their <c>?</c> (one character) and
/// <c>*</c> (any characters) patterns as written.
/// </summary>
public sealed record CsafIdentificationHelper(
    string? Cpe,
    string? Purl,
    IReadOnlyList<CsafFileHashes> Hashes,
    IReadOnlyList<string> ModelNumbers,
    IReadOnlyList<string> SerialNumbers,
    IReadOnlyList<string> SbomUrls,
    IReadOnlyList<string> Skus,
    IReadOnlyList<CsafGenericUri> GenericUris);

/// <summary>The hashes of one file.</summary>
public sealed record CsafFileHashes(string Filename, IReadOnlyList<CsafHash> FileHashes);

/// <summary>One hash: algorithm (sha256, sha512…) and hexadecimal value.</summary>
public sealed record CsafHash(string Algorithm, string Value);

/// <summary>An item of <c>x_generic_uris</c>.</summary>
public sealed record CsafGenericUri(string Namespace, string Uri);
