using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace MedVigil.Standards.Purl;

/// <summary>The qualifiers of a PURL, sorted by key (ordinal), keys unique. Immutable; <c>default</c> is empty.</summary>
public readonly struct PurlQualifiers : IReadOnlyList<PurlQualifier>, IEquatable<PurlQualifiers>
{
    private readonly PurlQualifier[]? _items;

    /// <param name="sortedUniqueItems">Already sorted by key and free of duplicates; not copied.</param>
    internal PurlQualifiers(PurlQualifier[] sortedUniqueItems) => _items = sortedUniqueItems;

    /// <summary>
    /// Sorts <paramref name="items"/> by key in place and wraps them; false, with the repeated key, when a key appears
    /// twice (ECMA-427 §5.6.6: keys are unique).
    /// </summary>
    internal static bool TryCreate(PurlQualifier[] items, out PurlQualifiers qualifiers, [NotNullWhen(false)] out string? duplicateKey)
    {
        Array.Sort(items, PurlQualifierKeyOrder.Instance);
        for (var i = 1; i < items.Length; i++)
        {
            if (string.Equals(items[i - 1].Key, items[i].Key, StringComparison.Ordinal))
            {
                (qualifiers, duplicateKey) = (Empty, items[i].Key);
                return false;
            }
        }

        (qualifiers, duplicateKey) = (items.Length == 0 ? Empty : new PurlQualifiers(items), null);
        return true;
    }

    /// <summary>No qualifiers.</summary>
    public static PurlQualifiers Empty => default;

    /// <inheritdoc />
    public int Count => _items?.Length ?? 0;

    /// <inheritdoc />
    public PurlQualifier this[int index] => (_items ?? [])[index];

    /// <summary>The value of <paramref name="key"/> (lowercase), if present.</summary>
    public bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
    {
        foreach (var item in _items ?? [])
        {
            if (string.Equals(item.Key, key, StringComparison.Ordinal))
            {
                value = item.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>The value of <paramref name="key"/> (lowercase), or null.</summary>
    public string? GetValueOrDefault(string key) => TryGetValue(key, out var value) ? value : null;

    /// <summary>Enumerates the pairs in key order without allocating.</summary>
    public ReadOnlySpan<PurlQualifier>.Enumerator GetEnumerator() => new ReadOnlySpan<PurlQualifier>(_items).GetEnumerator();

    IEnumerator<PurlQualifier> IEnumerable<PurlQualifier>.GetEnumerator() =>
        ((IEnumerable<PurlQualifier>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? []).GetEnumerator();

    /// <inheritdoc />
    public bool Equals(PurlQualifiers other) =>
        new ReadOnlySpan<PurlQualifier>(_items).SequenceEqual(new ReadOnlySpan<PurlQualifier>(other._items));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PurlQualifiers other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items ?? [])
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Same pairs in the same order.</summary>
    public static bool operator ==(PurlQualifiers left, PurlQualifiers right) => left.Equals(right);

    /// <summary>Different pairs.</summary>
    public static bool operator !=(PurlQualifiers left, PurlQualifiers right) => !left.Equals(right);
}

/// <summary>Orders qualifiers by key, ordinal: the canonical order.</summary>
internal sealed class PurlQualifierKeyOrder : IComparer<PurlQualifier>
{
    public static readonly PurlQualifierKeyOrder Instance = new();

    public int Compare(PurlQualifier x, PurlQualifier y) => string.CompareOrdinal(x.Key, y.Key);
}
