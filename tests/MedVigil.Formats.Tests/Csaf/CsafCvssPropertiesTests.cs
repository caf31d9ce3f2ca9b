using System.Text.Json;
using MedVigil.Formats.Csaf;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests.Csaf;

/// <summary>The CVSS enumerations used by test 6.1.8 are those of the FIRST schemas the CSAF schema references.</summary>
public sealed class CsafCvssPropertiesTests
{
    [Theory]
    [InlineData("cvss-v3.0.json", 3)]
    [InlineData("cvss-v3.1.json", 3)]
    [InlineData("cvss-v2.0.json", 2)]
    public void TheEnumeratedPropertiesAndValues_MatchTheFirstSchema(string schema, int major)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SharedData.Path("csaf", "referenced_schema", "first", schema)));
        var definitions = json.RootElement.GetProperty("definitions");
        var expected = new List<string>();
        foreach (var property in json.RootElement.GetProperty("properties").EnumerateObject())
        {
            if (property.Value.TryGetProperty("$ref", out var reference)
                && definitions.GetProperty(reference.GetString()!.Split('/')[^1]).TryGetProperty("enum", out var values))
            {
                expected.Add(property.Name + "=" + string.Join("|", values.EnumerateArray().Select(v => v.GetString())));
            }
        }

        var ours = major == 3 ? CsafCvssProperties.V3 : CsafCvssProperties.V2;

        ours.Select(p => p.Name + "=" + string.Join("|", p.Values)).ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public void EveryEnumeratedValue_HasACodeThatTheVectorSyntaxAllows()
    {
        // A vector code per value, so that test 6.1.10 can compare the property with the vector.
        CsafCvssProperties.V3.Where(p => p.Metric is not null).SelectMany(p => p.Values).Select(CsafCvssProperties.V3Code)
            .ShouldAllBe(code => code.Length == 1);
        CsafCvssProperties.V2.Single(p => p.Name == "collateralDamagePotential").Values.Select(CsafCvssProperties.V2Code)
            .ShouldBe(["N", "L", "LM", "MH", "H", "ND"]);
        CsafCvssProperties.V2.Single(p => p.Name == "reportConfidence").Values.Select(CsafCvssProperties.V2Code)
            .ShouldBe(["UC", "UR", "C", "ND"]);
    }
}
