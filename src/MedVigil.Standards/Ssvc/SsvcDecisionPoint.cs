namespace MedVigil.Standards.Ssvc;

/// <summary>One value of an SSVC decision point as SSVC publishes it: its short key (e.g. <c>P</c>) and name (<c>Public PoC</c>).</summary>
public sealed record SsvcValueInfo(string Key, string Name);

/// <summary>
/// The identity of an SSVC decision point (namespace, key, version, name) and its values in SSVC's order, e.g.
/// <c>ssvc:E:1.1.0</c> Exploitation. The typed instances are in <see cref="SsvcDecisionPoints"/>.
/// </summary>
public abstract class SsvcDecisionPoint
{
    private protected SsvcDecisionPoint(string ns, string key, string version, string name, IReadOnlyList<SsvcValueInfo> values)
    {
        (Namespace, Key, Version, Name, Values) = (ns, key, version, name, values);
        Id = $"{ns}:{key}:{version}";
    }

    /// <summary>The namespace, e.g. <c>ssvc</c> or <c>cisa</c>.</summary>
    public string Namespace { get; }

    /// <summary>The short key, e.g. <c>E</c>.</summary>
    public string Key { get; }

    /// <summary>The semantic version of the decision point, e.g. <c>1.1.0</c>.</summary>
    public string Version { get; }

    /// <summary>The name, e.g. <c>Exploitation</c>.</summary>
    public string Name { get; }

    /// <summary><c>namespace:key:version</c>, as SSVC's decision tables name their columns.</summary>
    public string Id { get; }

    /// <summary>The values, least to most urgent, as SSVC lists them.</summary>
    public IReadOnlyList<SsvcValueInfo> Values { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
