using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;

namespace MedVigil.Matching;

/// <summary>
/// Matches a device without an SBOM on its facts: normalised manufacturer + model against named products,
/// model number against model-number patterns, software version under the statement's scheme (the tolerant firmware
/// scheme for CSAF). A model that is close to but not the same as a named product gives an under-investigation hit
/// that says so, never a silent finding.
/// </summary>
internal static class DeviceEvaluator
{
    public static IEnumerable<Hit> Evaluate(DeviceFacts device, InternedComponent version, StatementIndex index)
    {
        var manufacturer = ProductNames.NormaliseManufacturer(device.Manufacturer);
        var model = ProductNames.NormaliseProduct(device.Model);
        foreach (var statement in index.Statements($"name:{manufacturer}|{model}"))
        {
            if (Hit(statement, version, $"manufacturer '{device.Manufacturer}' and model '{device.Model}' are {statement.Product}", null) is { } hit)
            {
                yield return hit;
            }
        }

        foreach (var name in index.ProductNames(manufacturer))
        {
            if (NameSimilarity.Near(name, model) is not { } why)
            {
                continue;
            }

            foreach (var statement in index.Statements($"name:{manufacturer}|{name}"))
            {
                if (Hit(statement, version, $"manufacturer '{device.Manufacturer}', model '{device.Model}' resembles {statement.Product}", "a near-miss name: " + why) is { } hit)
                {
                    yield return hit;
                }
            }
        }

        if (device.ModelNumber is { } number)
        {
            foreach (var statement in index.Statements($"model:{manufacturer}"))
            {
                if (statement.Product is ModelNumberProduct pattern && pattern.Pattern.Matches(number)
                    && Hit(statement, version, $"model number '{number}' matches {pattern.Pattern}", null) is { } hit)
                {
                    yield return hit;
                }
            }
        }
    }

    private static Hit? Hit(AffectedStatement statement, InternedComponent version, string identifiers, string? nearMiss)
    {
        var outcome = VersionCheck.Test(statement.Versions, version, out var comparison);
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
