using System.Security.Cryptography;
using System.Text;
using MedVigil.Domain.Common;

namespace MedVigil.Domain.Matching;

/// <summary>
/// The manufacturer alias table (ADR 0019): maps a normalised manufacturer name to its canonical maker, following
/// aliases ("BD" → "Becton Dickinson") and lineage ("CareFusion" → "BD"), optionally only for some product families.
/// Built validated: no cycles, and no alias pointed at a second canonical for the same products. Immutable; the
/// shipped table is <see cref="Shipped"/>, a tenant's rows are added with <see cref="Extend"/>.
/// </summary>
public sealed class ManufacturerAliases
{
    private const int MaxLength = 200;

    // Chains are short (Hillrom → Hill-Rom → Baxter); the limit only guards against a bug, cycles are refused at build.
    private const int MaxSteps = 16;

    private static readonly Lazy<ManufacturerAliases> ShippedTable = new(ShippedManufacturerAliases.Load);

    private readonly Dictionary<string, List<Row>> _byAlias;
    private readonly Dictionary<string, string> _canonicalNames;
    private readonly Lazy<string> _fingerprint;

    private ManufacturerAliases(List<Row> rows)
    {
        Entries = [.. rows.Select(r => r.Entry)];
        _byAlias = rows.GroupBy(r => r.AliasKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        _fingerprint = new Lazy<string>(() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows
            .Select(r => $"{r.AliasKey}\t{r.CanonicalKey}\t{string.Join(';', r.ScopeKeys.Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal))))));
        _canonicalNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            _canonicalNames.TryAdd(row.CanonicalKey, row.Entry.Canonical);
        }
    }

    /// <summary>No aliases: every name is its own canonical name.</summary>
    public static ManufacturerAliases None { get; } = new([]);

    /// <summary>The table shipped with MedVigil (<c>ManufacturerAliases.tsv</c>, embedded).</summary>
    public static ManufacturerAliases Shipped => ShippedTable.Value;

    /// <summary>Every row, in the order given.</summary>
    public IReadOnlyList<ManufacturerAliasEntry> Entries { get; }

    /// <summary>
    /// SHA-256 (hex) of what the rows map, in a fixed order: equal tables have equal fingerprints, so an analysis can
    /// tell that the table changed since its last run and device matches must be decided again.
    /// </summary>
    public string Fingerprint => _fingerprint.Value;

    /// <summary>A table of the given rows, or the first row that breaks a rule and why.</summary>
    public static Result<ManufacturerAliases> Create(IEnumerable<ManufacturerAliasEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var rows = new List<Row>();
        foreach (var entry in entries)
        {
            var added = Add(rows, entry);
            if (!added.IsSuccess)
            {
                return added.Error;
            }
        }

        return new ManufacturerAliases(rows);
    }

    /// <summary>This table with more rows (a tenant's): a row that would re-point an alias or close a cycle is an error naming it.</summary>
    public Result<ManufacturerAliases> Extend(IEnumerable<ManufacturerAliasEntry> entries) => Create([.. Entries, .. entries]);

    /// <summary>The canonical maker of a manufacturer name as written, for a product when rows are scoped to product families.</summary>
    public ResolvedManufacturer Resolve(string manufacturer, string? product = null)
    {
        ArgumentNullException.ThrowIfNull(manufacturer);
        var resolved = ResolveNormalised(ProductNames.NormaliseManufacturer(manufacturer), product is null ? null : ProductNames.NormaliseProduct(product));
        return resolved.IsAlias || _canonicalNames.ContainsKey(resolved.Key) ? resolved : resolved with { Name = manufacturer.Trim() };
    }

    /// <summary>As <see cref="Resolve"/>, for names already normalised with <see cref="ProductNames"/> (the matching engine's keys).</summary>
    public ResolvedManufacturer ResolveNormalised(string manufacturerKey, string? productKey)
    {
        ArgumentNullException.ThrowIfNull(manufacturerKey);
        var key = manufacturerKey;
        List<ManufacturerAliasEntry>? steps = null;
        while (_byAlias.TryGetValue(key, out var rows) && Best(rows, productKey) is { } row && (steps?.Count ?? 0) < MaxSteps)
        {
            (steps ??= []).Add(row.Entry);
            key = row.CanonicalKey;
        }

        return new ResolvedManufacturer(key, _canonicalNames.GetValueOrDefault(key) ?? key, steps is null ? [] : steps);
    }

    /// <summary>Whether the table has rows for this manufacturer name as an alias (for any product).</summary>
    public bool Knows(string manufacturer)
    {
        ArgumentNullException.ThrowIfNull(manufacturer);
        return _byAlias.ContainsKey(ProductNames.NormaliseManufacturer(manufacturer));
    }

    /// <summary>Why a name resolves as it does, in words ("'BD' is an alias of 'Becton Dickinson' (shipped table)").</summary>
    public string Explain(string manufacturer, string? product = null) => Resolve(manufacturer, product).Explanation;

    /// <summary>The row that applies to a product: the longest matching product scope, else the row for every product.</summary>
    private static Row? Best(List<Row> rows, string? productKey)
    {
        Row? unscoped = null;
        Row? best = null;
        var bestLength = 0;
        var padded = productKey is null ? null : $" {productKey} ";
        foreach (var row in rows)
        {
            if (row.ScopeKeys.Count == 0)
            {
                unscoped = row;
                continue;
            }

            if (padded is null)
            {
                continue;
            }

            foreach (var scope in row.ScopeKeys)
            {
                if (scope.Length > bestLength && padded.Contains($" {scope} ", StringComparison.Ordinal))
                {
                    (best, bestLength) = (row, scope.Length);
                }
            }
        }

        return best ?? unscoped;
    }

    private static Result<bool> Add(List<Row> rows, ManufacturerAliasEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var name = $"'{entry.Alias}' → '{entry.Canonical}' ({entry.Origin})";
        if (string.IsNullOrWhiteSpace(entry.Alias) || entry.Alias.Length > MaxLength || ProductNames.NormaliseManufacturer(entry.Alias).Length == 0)
        {
            return Error.Validation($"Row {name}: the alias must be a name of at most {MaxLength} characters.", new FieldError("alias", "required, a name"));
        }

        if (string.IsNullOrWhiteSpace(entry.Canonical) || entry.Canonical.Length > MaxLength || ProductNames.NormaliseManufacturer(entry.Canonical).Length == 0)
        {
            return Error.Validation($"Row {name}: the canonical name must be a name of at most {MaxLength} characters.", new FieldError("canonical", "required, a name"));
        }

        var row = new Row(entry, ProductNames.NormaliseManufacturer(entry.Alias), ProductNames.NormaliseManufacturer(entry.Canonical),
            [.. entry.ProductScope.Select(ProductNames.NormaliseProduct).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)]);
        if (row.AliasKey == row.CanonicalKey)
        {
            return Error.Validation($"Row {name}: '{entry.Alias}' and '{entry.Canonical}' are already the same name once normalised.", new FieldError("canonical", "the same name as the alias"));
        }

        foreach (var other in rows.Where(r => r.AliasKey == row.AliasKey && r.Overlaps(row)))
        {
            if (other.CanonicalKey == row.CanonicalKey)
            {
                // The same fact twice (a tenant row the shipped table later gained): nothing is re-pointed.
                return false;
            }

            return Error.Conflict("alias_conflict",
                $"Row {name}: '{entry.Alias}' is already an alias of '{other.Entry.Canonical}' ({other.Entry.Origin}); an alias cannot point at a second maker for the same products.");
        }

        if (Path(rows, row.CanonicalKey, row.AliasKey) is { } path)
        {
            return Error.Conflict("alias_cycle", $"Row {name} would make a cycle: {row.AliasKey} → {string.Join(" → ", path)}.");
        }

        rows.Add(row);
        return true;
    }

    /// <summary>The keys from one name to another along any rows (any scope), or null when there is no way.</summary>
    private static List<string>? Path(List<Row> rows, string from, string to)
    {
        var previous = new Dictionary<string, string?>(StringComparer.Ordinal) { [from] = null };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var key))
        {
            if (key == to)
            {
                var path = new List<string>();
                for (string? at = key; at is not null; at = previous[at])
                {
                    path.Insert(0, at);
                }

                return path;
            }

            foreach (var next in rows.Where(r => r.AliasKey == key).Select(r => r.CanonicalKey))
            {
                if (previous.TryAdd(next, key))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }

    private sealed record Row(ManufacturerAliasEntry Entry, string AliasKey, string CanonicalKey, IReadOnlyList<string> ScopeKeys)
    {
        /// <summary>Two rows of one alias cover the same products: both unscoped, or a product family in common.</summary>
        public bool Overlaps(Row other) =>
            (ScopeKeys.Count == 0 && other.ScopeKeys.Count == 0) || ScopeKeys.Intersect(other.ScopeKeys, StringComparer.Ordinal).Any();
    }
}
