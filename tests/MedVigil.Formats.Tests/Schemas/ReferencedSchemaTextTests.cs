using System.Text.Json.Nodes;
using MedVigil.Formats.Schemas;

namespace MedVigil.Formats.Tests.Schemas;

/// <summary>The draft-04 upgrade of referenced schemas: only the id and the dialect change, in place.</summary>
public sealed class ReferencedSchemaTextTests
{
    [Fact]
    public void ADraft04Schema_GetsDollarIdInPlace_WithoutTheDateQuery()
    {
        var upgraded = JsonNode.Parse(ReferencedSchemaText.Upgrade("""
            { "license": ["x"], "$schema": "http://json-schema.org/draft-04/schema#", "id": "https://example.org/s.json?20170531",
              "type": "object", "definitions": { "t": { "type": "string" } }, "properties": { "id": { "$ref": "#/definitions/t" } } }
            """))!.AsObject();

        upgraded.Select(p => p.Key).ShouldBe(["license", "$schema", "$id", "type", "definitions", "properties"]);
        upgraded["$schema"]!.GetValue<string>().ShouldBe("http://json-schema.org/draft-07/schema#");
        upgraded["$id"]!.GetValue<string>().ShouldBe("https://example.org/s.json");
        upgraded["properties"]!["id"]!["$ref"]!.GetValue<string>().ShouldBe("#/definitions/t");
    }

    [Fact]
    public void ALaterDraftWithADatedId_OnlyLosesTheQuery()
    {
        var upgraded = JsonNode.Parse(ReferencedSchemaText.Upgrade("""
            { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://example.org/s.json?20211103", "type": "string" }
            """))!;

        upgraded["$schema"]!.GetValue<string>().ShouldBe("http://json-schema.org/draft-07/schema#");
        upgraded["$id"]!.GetValue<string>().ShouldBe("https://example.org/s.json");
    }

    [Fact]
    public void ASchemaWithNothingToUpgrade_IsReturnedAsItWas()
    {
        const string text = """{ "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://example.org/s.json" }""";

        ReferencedSchemaText.Upgrade(text).ShouldBeSameAs(text);
    }

    [Fact]
    public void TextThatIsNotAnObject_IsAJsonError()
    {
        Should.Throw<System.Text.Json.JsonException>(() => ReferencedSchemaText.Upgrade("[1, 2]"));
    }
}
