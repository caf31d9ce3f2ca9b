using System.Globalization;
using MedVigil.Domain.Common;

namespace MedVigil.Application.Sboms;

/// <summary>The manufacturer, model and version an SBOM is attached to: the flags first, then the SBOM's own.</summary>
internal sealed record SbomTarget(string Manufacturer, string Model, string Version)
{
    public static Result<SbomTarget> Resolve(ImportSbomCommand command, SbomContent sbom)
    {
        var manufacturer = SbomComponent.Clean(command.Manufacturer) ?? sbom.Manufacturer;
        var model = SbomComponent.Clean(command.Model) ?? sbom.Model;
        var version = SbomComponent.Clean(command.Version) ?? sbom.Version;
        var fields = new List<FieldError>();
        Check(fields, "manufacturer", manufacturer, 200, "metadata.component manufacturer/supplier (CycloneDX) or the described package's supplier/originator (SPDX)");
        Check(fields, "model", model, 200, "metadata.component name (CycloneDX) or the described package's name (SPDX)");
        Check(fields, "version", version, 100, "metadata.component version (CycloneDX) or the described package's versionInfo (SPDX)");
        if (fields.Count > 0)
        {
            return Error.Validation(
                $"{command.Source}: {string.Join(", ", fields.Select(f => f.Field))} missing or too long; nothing was imported.", [.. fields]);
        }

        return new SbomTarget(manufacturer!, model!, version!);
    }

    /// <summary>A validation error for components whose values exceed what a component row holds, or null.</summary>
    public static Error? CheckLengths(string source, IReadOnlyList<SbomComponent> components)
    {
        var fields = components.SelectMany(c => new[]
            {
                ("name", c.Name.Length > 300), ("version", c.Version?.Length > 200), ("supplier", c.Supplier?.Length > 300),
                ("purl", c.Purl?.Length > 2000), ("cpe", c.Cpe?.Length > 2000),
            }.Where(t => t.Item2).Select(t => new FieldError($"component '{c.Name[..Math.Min(c.Name.Length, 80)]}'", $"{t.Item1} is too long")))
            .ToList();
        return fields.Count == 0 ? null : Error.Validation(
            string.Create(CultureInfo.InvariantCulture, $"{source}: {fields.Count} problem(s); nothing was imported."), [.. fields]);
    }

    private static void Check(List<FieldError> fields, string name, string? value, int max, string where)
    {
        if (value is null)
        {
            fields.Add(new FieldError(name, $"missing: give --{name} or put it in the SBOM ({where})"));
        }
        else if (value.Length > max)
        {
            fields.Add(new FieldError(name, string.Create(CultureInfo.InvariantCulture, $"longer than {max} characters")));
        }
    }
}
