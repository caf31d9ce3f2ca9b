using MedVigil.Domain.Matching;
using MedVigil.Formats.Csaf;
using MedVigil.Testing;

namespace MedVigil.Matching.Tests.Aliases;

/// <summary>
/// On the real CISA medical advisories: a device whose inventory names its maker by another name from the table
/// (CareFusion for BD, Covidien for Medtronic, Hill-Rom for Baxter, Philips Medical Systems for Philips…) gets
/// exactly the findings of a device written with the advisory's own vendor name; without the table it gets none.
/// </summary>
public sealed class IcsmaAliasSpellingTests
{
    [Fact]
    public void Another_name_of_the_same_maker_gets_the_same_findings()
    {
        var table = ManufacturerAliases.Shipped;
        int compared = 0, withFindings = 0, findings = 0;
        var differences = new List<string>();
        foreach (var file in Directory.GetFiles(SharedData.Path("icsma"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var document = CsafReader.Read(file).Document!;
            var statements = CsafStatements.Convert(document);
            var products = statements.Statements.Select(s => s.Product).OfType<NamedProduct>().Distinct().ToList();
            foreach (var product in products)
            {
                if (OtherName(table, product) is not { } other)
                {
                    continue;
                }

                var version = VersionNear(statements, product);
                var own = Findings(statements, new DeviceFacts(product.WrittenManufacturer, product.WrittenProduct, null, version), table);
                var aliased = Findings(statements, new DeviceFacts(other, product.WrittenProduct, null, version), table);
                var without = Findings(statements, new DeviceFacts(other, product.WrittenProduct, null, version), ManufacturerAliases.None);
                compared++;
                withFindings += own.Count > 0 ? 1 : 0;
                findings += own.Count;
                if (!own.SetEquals(aliased) || without.Count > 0)
                {
                    differences.Add($"{document.Document.Tracking.Id} {product} as '{other}': own {own.Count}, aliased {aliased.Count}, without table {without.Count}");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{compared} ICSMA products re-spelled, {withFindings} with findings ({findings} findings), {differences.Count} differences");
        compared.ShouldBeGreaterThanOrEqualTo(100);
        withFindings.ShouldBeGreaterThanOrEqualTo(50);
        differences.ShouldBeEmpty();
    }

    private static HashSet<string> Findings(StatementSet statements, DeviceFacts device, ManufacturerAliases aliases)
    {
        var engine = new MatchingEngine(aliases);
        engine.LoadStatements(statements);
        engine.LoadTarget(new MatchTarget("device", [], device));
        return [.. engine.EvaluateAll().Select(f => $"{f.VulnerabilityId} {f.Status}")];
    }

    /// <summary>Another name in the table for the product's maker that is not written like the advisory's vendor, preferring lineage.</summary>
    private static string? OtherName(ManufacturerAliases table, NamedProduct product)
    {
        var maker = table.ResolveNormalised(product.Manufacturer, product.Product).Key;
        return table.Entries
            .Where(e => ProductNames.NormaliseManufacturer(e.Alias) != product.Manufacturer && table.Resolve(e.Alias, product.WrittenProduct).Key == maker)
            .OrderByDescending(e => e.Kind == ManufacturerAliasKind.Lineage)
            .Select(e => e.Alias)
            .FirstOrDefault();
    }

    /// <summary>A version the product's statements are likely to hold: the first bound written, else "1.0".</summary>
    private static string VersionNear(StatementSet statements, NamedProduct product) =>
        statements.Statements.Where(s => s.Product == product).Select(s => s.Versions.Written)
            .Select(w => new string([.. w.SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(c => char.IsAsciiDigit(c) || c == '.')]).TrimEnd('.'))
            .FirstOrDefault(v => v.Length > 0) ?? "1.0";
}
