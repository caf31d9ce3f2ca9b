using MedVigil.Domain.Matching;

namespace MedVigil.Matching;

/// <summary>
/// The statements, filed by product key: purl type/namespace/name, CPE vendor:product, normalised manufacturer +
/// product name, model-number manufacturer; NVD configurations under the key of every CPE in their tree.
/// </summary>
internal sealed class StatementIndex
{
    private readonly Dictionary<string, List<AffectedStatement>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ConfigurationStatement>> _configurationsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _productsByManufacturer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AffectedStatement>> _byVulnerability = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public void Add(AffectedStatement statement)
    {
        Add(_byKey, statement.Product.IndexKey, statement);
        Add(_byVulnerability, statement.Vulnerability.Primary, statement);
        if (statement.Product is NamedProduct named)
        {
            if (!_productsByManufacturer.TryGetValue(named.Manufacturer, out var products))
            {
                _productsByManufacturer[named.Manufacturer] = products = new HashSet<string>(StringComparer.Ordinal);
            }

            products.Add(named.Product);
        }

        Count++;
    }

    public void Add(ConfigurationStatement statement)
    {
        foreach (var key in statement.Criteria.Select(c => c.IndexKey).Distinct(StringComparer.Ordinal))
        {
            Add(_configurationsByKey, key, statement);
        }

        Count++;
    }

    public IReadOnlyList<AffectedStatement> Statements(string key) => _byKey.TryGetValue(key, out var list) ? list : [];

    /// <summary>The statements about a vulnerability (by primary id).</summary>
    public IReadOnlyList<AffectedStatement> About(string vulnerability) => _byVulnerability.TryGetValue(vulnerability, out var list) ? list : [];

    public IReadOnlyList<ConfigurationStatement> Configurations(string key) => _configurationsByKey.TryGetValue(key, out var list) ? list : [];

    /// <summary>The normalised product names statements give for a manufacturer.</summary>
    public IReadOnlyCollection<string> ProductNames(string manufacturer) =>
        _productsByManufacturer.TryGetValue(manufacturer, out var set) ? set : [];

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T item)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(item);
    }
}
