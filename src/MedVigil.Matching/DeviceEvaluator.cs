using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;

namespace MedVigil.Matching;

/// <summary>
/// Matches a device without an SBOM on its facts: manufacturer (read through the alias table, ADR 0019) + normalised
/// model against named products, model number against model-number patterns, software version under the statement's
/// scheme (the tolerant firmware scheme for CSAF). A model that is close to but not the same as a named product gives
/// an under-investigation hit that says so, never a silent finding; an alias changes only who made the product, never
/// how close two product names must be.
/// </summary>
internal static class DeviceEvaluator
{
    public static IEnumerable<Hit> Evaluate(DeviceFacts device, InternedComponent version, StatementIndex index)
    {
        var manufacturer = ProductNames.NormaliseManufacturer(device.Manufacturer);
        var model = ProductNames.NormaliseProduct(device.Model);
        var maker = index.Aliases.ResolveNormalised(manufacturer, model);
        foreach (var statement in index.Statements(StatementIndex.NameKey(maker.Key, model)))
        {
            var identifiers = $"manufacturer '{device.Manufacturer}' and model '{device.Model}' are {statement.Product}{AliasesUsed(index, manufacturer, maker, statement)}";
            if (Hit(statement, version, device.ModelNumber, identifiers, null) is { } hit)
            {
                yield return hit;
            }
        }

        foreach (var name in index.ProductNames(maker.Key))
        {
            if (NameSimilarity.Near(name, model) is not { } why)
            {
                continue;
            }

            foreach (var statement in index.Statements(StatementIndex.NameKey(maker.Key, name)))
            {
                var identifiers = $"manufacturer '{device.Manufacturer}', model '{device.Model}' resembles {statement.Product}{AliasesUsed(index, manufacturer, maker, statement)}";
                if (Hit(statement, version, device.ModelNumber, identifiers, "a near-miss name: " + why) is { } hit)
                {
                    yield return hit;
                }
            }
        }

        if (device.ModelNumber is { } number)
        {
            // Patterns are filed under the maker for every product; the device's product-scoped maker is tried too.
            var unscoped = index.Aliases.ResolveNormalised(manufacturer, null);
            foreach (var candidate in unscoped.Key == maker.Key ? [maker] : new[] { unscoped, maker })
            {
                foreach (var statement in index.Statements(StatementIndex.ModelKey(candidate.Key)))
                {
                    if (statement.Product is ModelNumberProduct pattern && pattern.Pattern.Matches(number)
                        && Hit(statement, version, number, $"model number '{number}' matches {pattern.Pattern}{AliasesUsed(index, manufacturer, candidate, statement)}", null) is { } hit)
                    {
                        yield return hit;
                    }
                }
            }
        }
    }

    /// <summary>The alias rows that made the device's and the statement's makers one, in words; empty when both wrote the same name.</summary>
    private static string AliasesUsed(StatementIndex index, string manufacturer, ResolvedManufacturer device, AffectedStatement statement)
    {
        var side = statement.Product switch
        {
            NamedProduct named when named.Manufacturer != manufacturer => index.Aliases.ResolveNormalised(named.Manufacturer, named.Product),
            ModelNumberProduct model when model.Manufacturer != manufacturer => index.Aliases.ResolveNormalised(model.Manufacturer, null),
            _ => null,
        };
        if (side is null)
        {
            return "";
        }

        var steps = device.Steps.Concat(side?.Steps ?? []).Distinct();
        return $" (manufacturer aliases: {string.Join("; ", steps.Select(s => s.Explain()))})";
    }

    private static Hit? Hit(AffectedStatement statement, InternedComponent version, string? modelNumber, string identifiers, string? nearMiss)
    {
        var outcome = ModelNumberInVersions.Names(statement.Versions, modelNumber) is { } named
            ? VersionOutcome.Inside
            : VersionCheck.Test(statement.Versions, version, out named);
        var comparison = named;
        if (outcome == VersionOutcome.Outside)
        {
            return null;
        }

        var status = outcome == VersionOutcome.Ambiguous || nearMiss is not null ? ComponentEvaluator.Ambiguous(statement.Status) : statement.Status;
        if (nearMiss is not null && status != FindingStatus.UnderInvestigation)
        {
            // A near miss can raise a question, never settle one (fixed / not affected on a look-alike say nothing).
            return null;
        }

        var why = nearMiss is null ? comparison : $"{comparison}; {nearMiss}";
        return new Hit(statement.Vulnerability.Primary, status, statement.Analysis, ComponentEvaluator.IsAuthoritative(statement) && nearMiss is null, true,
            new Explanation(statement.ToString(), identifiers, why, statement.Provenance));
    }
}
