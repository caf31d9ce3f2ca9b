namespace MedVigil.Standards.Cvss;

/// <summary>The metrics of one CVSS version, in the specification's order, with the rules its vectors follow.</summary>
internal sealed class CvssMetricCatalog
{
    private readonly CvssMetric[] _metrics;
    private readonly ulong[] _nameKeys;

    /// <param name="name">The version as messages name it, e.g. "CVSS v3.1".</param>
    /// <param name="prefix">What precedes the metrics in the canonical form, e.g. "CVSS:3.1/" (empty for v2.0).</param>
    /// <param name="orderRequired">Whether a vector must list its metrics in the specification's order.</param>
    public CvssMetricCatalog(string name, string prefix, bool orderRequired, params CvssMetric[] metrics)
    {
        if (metrics.Length > CvssMetricValues.MaxMetrics)
        {
            throw new ArgumentException($"At most {CvssMetricValues.MaxMetrics} metrics fit a packed vector.", nameof(metrics));
        }

        Name = name;
        Prefix = prefix;
        OrderRequired = orderRequired;
        _metrics = metrics;
        _nameKeys = [.. metrics.Select(m => m.NameKey)];
    }

    public string Name { get; }

    public string Prefix { get; }

    public bool OrderRequired { get; }

    public IReadOnlyList<CvssMetric> Metrics => _metrics;

    public CvssMetric this[int index] => _metrics[index];

    /// <summary>
    /// The index of the metric with <paramref name="nameKey"/>, or -1. The search starts at <paramref name="hint"/>
    /// (the metric after the previous one) because vectors almost always list metrics in order.
    /// </summary>
    public int Find(ulong nameKey, int hint)
    {
        var keys = _nameKeys;
        for (var i = hint; i < keys.Length; i++)
        {
            if (keys[i] == nameKey)
            {
                return i;
            }
        }

        for (var i = 0; i < hint && i < keys.Length; i++)
        {
            if (keys[i] == nameKey)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the metric named <paramref name="name"/>; throws for a name this version does not have.</summary>
    public int IndexOf(string name)
    {
        var index = Find(CvssKey.Of(name), 0);
        return index >= 0 ? index : throw new ArgumentException($"'{name}' is not a {Name} metric.", nameof(name));
    }

    /// <summary>A mask over packed values selecting every metric of <paramref name="group"/>.</summary>
    public UInt128 MaskOf(CvssMetricGroup group)
    {
        var mask = UInt128.Zero;
        for (var i = 0; i < _metrics.Length; i++)
        {
            if (_metrics[i].Group == group)
            {
                mask |= (UInt128)0xF << (4 * i);
            }
        }

        return mask;
    }

    /// <summary>The value abbreviation of metric <paramref name="index"/> in <paramref name="values"/>, or null when Not Defined.</summary>
    public string? ValueOf(CvssMetricValues values, int index) =>
        values[index] is var code and > 0 ? _metrics[index].Values[code - 1] : null;
}
