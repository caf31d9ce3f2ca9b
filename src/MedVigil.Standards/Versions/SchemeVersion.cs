namespace MedVigil.Standards.Versions;

/// <summary>
/// A version parsed once under one <see cref="VersionScheme"/>. Comparing two versions of the same scheme allocates
/// nothing; comparing versions of different schemes is a programming error and throws.
/// Equality is the scheme's equivalence (<c>1.0</c> equals <c>1.0.0</c> where the scheme says so), not text equality.
/// </summary>
public abstract class SchemeVersion : IComparable<SchemeVersion>, IEquatable<SchemeVersion>, IComparable
{
    private protected SchemeVersion(VersionScheme scheme, string text) => (Scheme, Text) = (scheme, text);

    /// <summary>The scheme whose rules order this version.</summary>
    public VersionScheme Scheme { get; }

    /// <summary>The text exactly as it was parsed.</summary>
    public string Text { get; }

    public int CompareTo(SchemeVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (!ReferenceEquals(Scheme, other.Scheme))
        {
            throw new ArgumentException(
                $"Cannot compare a {Scheme.Name} version with a {other.Scheme.Name} version.", nameof(other));
        }

        return CompareSameScheme(other);
    }

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        SchemeVersion version => CompareTo(version),
        _ => throw new ArgumentException("Not a SchemeVersion.", nameof(obj)),
    };

    public bool Equals(SchemeVersion? other) =>
        other is not null && ReferenceEquals(Scheme, other.Scheme) && CompareSameScheme(other) == 0;

    public override bool Equals(object? obj) => obj is SchemeVersion other && Equals(other);

    /// <summary>Consistent with <see cref="Equals(SchemeVersion)"/>: equivalent versions hash alike.</summary>
    public override int GetHashCode() => HashCode.Combine(Scheme.Name, EquivalenceHash());

    /// <summary>The scheme's canonical spelling where it defines one (PEP 440 normalisation), else <see cref="Text"/>.</summary>
    public override string ToString() => Text;

    /// <summary>Compares with a version already known to belong to the same scheme (and so the same type).</summary>
    private protected abstract int CompareSameScheme(SchemeVersion other);

    /// <summary>
    /// A hash that equivalent versions share. The default is coarse but always consistent; schemes with a cheap
    /// normal form override it.
    /// </summary>
    private protected virtual int EquivalenceHash() => 0;

    public static bool operator ==(SchemeVersion? left, SchemeVersion? right) =>
        left is null ? right is null : left.Equals(right);

    public static bool operator !=(SchemeVersion? left, SchemeVersion? right) => !(left == right);

    public static bool operator <(SchemeVersion? left, SchemeVersion? right) => Compare(left, right) < 0;

    public static bool operator >(SchemeVersion? left, SchemeVersion? right) => Compare(left, right) > 0;

    public static bool operator <=(SchemeVersion? left, SchemeVersion? right) => Compare(left, right) <= 0;

    public static bool operator >=(SchemeVersion? left, SchemeVersion? right) => Compare(left, right) >= 0;

    private static int Compare(SchemeVersion? left, SchemeVersion? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
