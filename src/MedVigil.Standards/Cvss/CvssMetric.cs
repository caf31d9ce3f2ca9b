namespace MedVigil.Standards.Cvss;

/// <summary>The metric groups; a group decides which score a metric feeds.</summary>
internal enum CvssMetricGroup
{
    Base,

    /// <summary>v2.0/v3.x Temporal metrics (E, RL, RC).</summary>
    Temporal,

    /// <summary>v4.0 Threat metrics (E).</summary>
    Threat,

    Environmental,

    /// <summary>v4.0 Supplemental metrics: they describe, they never score.</summary>
    Supplemental,
}

/// <summary>
/// One metric of one CVSS version as it appears in vector strings: its abbreviation and its value abbreviations.
/// A value is stored as a code: its 1-based index in <see cref="Values"/>, or 0 for Not Defined (absent, X or ND).
/// </summary>
internal sealed class CvssMetric
{
    private readonly ulong[] _valueKeys;
    private readonly ulong _notDefinedKey;

    /// <param name="notDefined">The token meaning Not Defined (<c>X</c>, <c>ND</c>); null for a mandatory metric.</param>
    public CvssMetric(string name, CvssMetricGroup group, string? notDefined, params string[] values)
    {
        Name = name;
        Group = group;
        NotDefined = notDefined;
        Values = values;
        NameKey = CvssKey.Of(name);
        _valueKeys = [.. values.Select(v => CvssKey.Of(v))];
        _notDefinedKey = notDefined is null ? 0 : CvssKey.Of(notDefined);
    }

    public string Name { get; }

    public CvssMetricGroup Group { get; }

    public string? NotDefined { get; }

    /// <summary>The values other than Not Defined; code <c>i + 1</c> is <c>Values[i]</c>.</summary>
    public IReadOnlyList<string> Values { get; }

    public ulong NameKey { get; }

    /// <summary>Mandatory metrics (the Base group) have no Not Defined value.</summary>
    public bool Mandatory => NotDefined is null;

    /// <summary>The code of <paramref name="value"/>: 1-based index, 0 for the Not Defined token, -1 when not a value.</summary>
    public int CodeOf(ReadOnlySpan<char> value)
    {
        var key = CvssKey.Of(value);
        if (key == 0)
        {
            return -1;
        }

        for (var i = 0; i < _valueKeys.Length; i++)
        {
            if (_valueKeys[i] == key)
            {
                return i + 1;
            }
        }

        return key == _notDefinedKey ? 0 : -1;
    }
}

/// <summary>Packs a short ASCII token (metric or value abbreviation) into a number, so lookups compare integers.</summary>
internal static class CvssKey
{
    /// <summary>The key of <paramref name="token"/>, or 0 when it is empty, longer than 8 characters or not printable ASCII.</summary>
    public static ulong Of(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty || token.Length > 8)
        {
            return 0;
        }

        ulong key = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (c is <= ' ' or > '~')
            {
                return 0;
            }

            key |= (ulong)c << (8 * i);
        }

        return key;
    }
}
