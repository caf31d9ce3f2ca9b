using MedVigil.Domain.Matching;

namespace MedVigil.Matching;

/// <summary>
/// The statements, filed by product key: purl type/namespace/name, CPE vendor:product, normalised manufacturer +
/// product name, model-number manufacturer; NVD configurations under the key of every vulnerable CPE in their tree. Manufacturers
/// are filed under their canonical maker (ADR 0019), so "BD" and "Becton, Dickinson and Company" share one key.
/// </summary>
internal sealed class StatementIndex(ManufacturerAliases aliases)
{
    private readonly Dictionary<string, List<AffectedStatement>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ConfigurationStatement>> _configurationsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _productsByManufacturer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AffectedStatement>> _byVulnerability = new(StringComparer.Ordinal);
    private readonly HashSet<string> _withDeviceStatements = new(StringComparer.Ordinal);
    private readonly HashSet<string> _withConfigurations = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public ManufacturerAliases Aliases => aliases;

    /// <summary>The key of named products of a canonical maker.</summary>
    public static string NameKey(string canonicalManufacturer, string product) => $"name:{canonicalManufacturer}|{product}";

    /// <summary>The key of model-number patterns of a canonical maker.</summary>
    public static string ModelKey(string canonicalManufacturer) => $"model:{canonicalManufacturer}";

    public void Add(AffectedStatement statement)
    {
        Add(_byVulnerability, statement.Vulnerability.Primary, statement);
        switch (statement.Product)
        {
            case NamedProduct named:
                _withDeviceStatements.Add(statement.Vulnerability.Primary);
                var maker = aliases.ResolveNormalised(named.Manufacturer, named.Product).Key;
                Add(_byKey, NameKey(maker, named.Product), statement);
                if (!_productsByManufacturer.TryGetValue(maker, out var products))
                {
                    _productsByManufacturer[maker] = products = new HashSet<string>(StringComparer.Ordinal);
                }

                products.Add(named.Product);
                break;
            case ModelNumberProduct model:
                _withDeviceStatements.Add(statement.Vulnerability.Primary);
                // A model-number pattern names no product family, so only rows for every product apply.
                Add(_byKey, ModelKey(aliases.ResolveNormalised(model.Manufacturer, null).Key), statement);
                break;
            default:
                Add(_byKey, statement.Product.IndexKey, statement);
                break;
        }

        Count++;
    }

    public void Add(ConfigurationStatement statement)
    {
        _withConfigurations.Add(statement.Vulnerability.Primary);
        // Filed under its vulnerable criteria only: a platform ("running on Linux") alone never makes a finding, and
        // filing under it would make every configuration on that platform a candidate for every Linux target.
        foreach (var key in statement.Criteria.Where(c => c.Vulnerable).Select(c => c.IndexKey).Distinct(StringComparer.Ordinal))
        {
            Add(_configurationsByKey, key, statement);
        }

        Count++;
    }

    public IReadOnlyList<AffectedStatement> Statements(string key) => _byKey.TryGetValue(key, out var list) ? list : [];

    /// <summary>The statements about a vulnerability (by primary id).</summary>
    public IReadOnlyList<AffectedStatement> About(string vulnerability) => _byVulnerability.TryGetValue(vulnerability, out var list) ? list : [];

    /// <summary>True when some statement about the vulnerability names a device (manufacturer + product, model number).</summary>
    public bool HasDeviceStatements(string vulnerability) => _withDeviceStatements.Contains(vulnerability);

    /// <summary>True when some configuration tree about the vulnerability is evaluated whole, per target.</summary>
    public bool HasConfigurations(string vulnerability) => _withConfigurations.Contains(vulnerability);

    public IReadOnlyList<ConfigurationStatement> Configurations(string key) => _configurationsByKey.TryGetValue(key, out var list) ? list : [];

    /// <summary>The normalised product names statements give for a canonical maker.</summary>
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
