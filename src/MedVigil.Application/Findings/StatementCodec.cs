using System.Buffers;
using System.Text;
using System.Text.Json;
using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;
using MedVigil.Standards.Cpe;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Application.Findings;

/// <summary>
/// Encodes a <see cref="StatementSet"/> as compact JSON for <see cref="Domain.Vulnerabilities.CompiledStatements"/>
/// and reads it back (ADR 0020). Identifiers are kept in their standard text (purl parts, CPE 2.3 formatted strings,
/// <c>vers</c>), so the encoding is readable and each value is re-validated by its own parser on the way back.
/// </summary>
internal static class StatementCodec
{
    public static string Encode(StatementSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("s");
            foreach (var statement in set.Statements)
            {
                WriteStatement(w, statement);
            }

            w.WriteEndArray();
            w.WriteStartArray("c");
            foreach (var configuration in set.Configurations)
            {
                w.WriteStartObject();
                WriteIds(w, configuration.Vulnerability);
                w.WritePropertyName("root");
                WriteNode(w, configuration.Root);
                WriteProvenance(w, configuration.Provenance);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("k");
            foreach (var skipped in set.Skipped)
            {
                w.WriteStartObject();
                w.WriteString("ptr", skipped.Pointer);
                w.WriteString("why", skipped.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static StatementSet Decode(string content)
    {
        using var document = JsonDocument.Parse(content);
        var root = document.RootElement;
        var statements = root.GetProperty("s").EnumerateArray().Select(ReadStatement).ToList();
        var configurations = root.GetProperty("c").EnumerateArray()
            .Select(c => new ConfigurationStatement(ReadIds(c), ReadNode(c.GetProperty("root")), ReadProvenance(c.GetProperty("pv"))))
            .ToList();
        var skipped = root.GetProperty("k").EnumerateArray()
            .Select(k => new SkippedStatement(k.GetProperty("ptr").GetString()!, k.GetProperty("why").GetString()!))
            .ToList();
        return new StatementSet(statements, configurations, skipped);
    }

    private static void WriteStatement(Utf8JsonWriter w, AffectedStatement statement)
    {
        w.WriteStartObject();
        WriteIds(w, statement.Vulnerability);
        w.WriteStartObject("p");
        switch (statement.Product)
        {
            case PurlProduct purl:
                w.WriteString("k", "purl");
                w.WriteString("t", purl.Type);
                w.WriteString("ns", purl.Namespace);
                w.WriteString("n", purl.Name);
                if (purl.Release is not null)
                {
                    w.WriteString("rel", purl.Release);
                }

                break;
            case CpeProduct cpe:
                w.WriteString("k", "cpe");
                w.WriteString("c", cpe.Criteria.ToString());
                break;
            case NamedProduct named:
                w.WriteString("k", "name");
                w.WriteString("m", named.Manufacturer);
                w.WriteString("n", named.Product);
                w.WriteString("wm", named.WrittenManufacturer);
                w.WriteString("wn", named.WrittenProduct);
                break;
            case ModelNumberProduct model:
                w.WriteString("k", "model");
                w.WriteString("m", model.Manufacturer);
                w.WriteString("pat", model.Pattern.Pattern);
                w.WriteString("wm", model.WrittenManufacturer);
                break;
            default:
                throw new InvalidOperationException($"No encoding for product identity {statement.Product.GetType().Name}.");
        }

        w.WriteEndObject();
        w.WriteStartObject("v");
        w.WriteString("k", statement.Versions.Kind.ToString());
        w.WriteString("r", statement.Versions.Range?.ToString());
        w.WriteString("w", statement.Versions.Written);
        if (statement.Versions.BoundLabels.Count > 0)
        {
            w.WriteStartObject("lb");
            foreach (var (version, label) in statement.Versions.BoundLabels)
            {
                w.WriteString(version, label);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteString("st", statement.Status.ToString());
        if (statement.Analysis is { } analysis)
        {
            w.WriteStartObject("an");
            w.WriteString("st", analysis.State.ToString());
            w.WriteString("j", analysis.Justification?.ToString());
            w.WriteString("wj", analysis.WrittenJustification);
            w.WriteStartArray("r");
            foreach (var response in analysis.Responses)
            {
                w.WriteStringValue(response.ToString());
            }

            w.WriteEndArray();
            w.WriteString("d", analysis.Detail);
            w.WriteEndObject();
        }

        WriteProvenance(w, statement.Provenance);
        w.WriteEndObject();
    }

    private static AffectedStatement ReadStatement(JsonElement e)
    {
        var p = e.GetProperty("p");
        ProductIdentity product = p.GetProperty("k").GetString() switch
        {
            "purl" => new PurlProduct(Text(p, "t")!, Text(p, "ns"), Text(p, "n")!, Text(p, "rel")),
            "cpe" => new CpeProduct(CpeName.Parse(Text(p, "c")!)),
            "name" => new NamedProduct(Text(p, "m")!, Text(p, "n")!, Text(p, "wm")!, Text(p, "wn")!),
            "model" => new ModelNumberProduct(Text(p, "m")!, new ModelNumberPattern(Text(p, "pat")!), Text(p, "wm")!),
            var kind => throw new FormatException($"Unknown product kind '{kind}' in compiled statements."),
        };
        var v = e.GetProperty("v");
        var labels = v.TryGetProperty("lb", out var lb)
            ? lb.EnumerateObject().ToDictionary(l => l.Name, l => l.Value.GetString()!, StringComparer.Ordinal)
            : null;
        var versions = Enum.Parse<VersionConstraintKind>(Text(v, "k")!) switch
        {
            VersionConstraintKind.All => VersionConstraint.All(Text(v, "w")!),
            VersionConstraintKind.Unreadable => VersionConstraint.Unreadable(Text(v, "w")!),
            _ => new VersionConstraint(VersionConstraintKind.Range, VersRange.ParseLenient(Text(v, "r")!), Text(v, "w")!,
                labels ?? new Dictionary<string, string>(StringComparer.Ordinal)),
        };
        VexAnalysis? analysis = null;
        if (e.TryGetProperty("an", out var an))
        {
            analysis = new VexAnalysis(
                Enum.Parse<AnalysisState>(Text(an, "st")!),
                Text(an, "j") is { } j ? Enum.Parse<Justification>(j) : null,
                Text(an, "wj"),
                [.. an.GetProperty("r").EnumerateArray().Select(r => Enum.Parse<VexResponse>(r.GetString()!))],
                Text(an, "d"));
        }

        return new AffectedStatement(ReadIds(e), product, versions, Enum.Parse<FindingStatus>(Text(e, "st")!), analysis,
            ReadProvenance(e.GetProperty("pv")));
    }

    private static void WriteNode(Utf8JsonWriter w, CpeConfigurationNode node)
    {
        w.WriteStartObject();
        w.WriteString("op", node.Operator.ToString());
        w.WriteBoolean("neg", node.Negate);
        w.WriteStartArray("n");
        foreach (var child in node.Nodes)
        {
            WriteNode(w, child);
        }

        w.WriteEndArray();
        w.WriteStartArray("m");
        foreach (var match in node.Matches)
        {
            w.WriteStartObject();
            w.WriteBoolean("vul", match.Vulnerable);
            w.WriteString("c", match.Criteria.ToString());
            w.WriteString("b", match.Bounds?.ToString());
            w.WriteString("ub", match.UnreadableBounds);
            w.WriteString("ptr", match.Pointer);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static CpeConfigurationNode ReadNode(JsonElement e) => new(
        Enum.Parse<LogicalOperator>(Text(e, "op")!),
        e.GetProperty("neg").GetBoolean(),
        [.. e.GetProperty("n").EnumerateArray().Select(ReadNode)],
        [.. e.GetProperty("m").EnumerateArray().Select(m => new CpeCriterion(
            m.GetProperty("vul").GetBoolean(),
            CpeName.Parse(Text(m, "c")!),
            Text(m, "b") is { } bounds ? VersRange.ParseLenient(bounds) : null,
            Text(m, "ub"),
            Text(m, "ptr")!))]);

    private static void WriteIds(Utf8JsonWriter w, VulnerabilityIds ids)
    {
        w.WriteString("id", ids.Primary);
        w.WriteStartArray("al");
        foreach (var alias in ids.Aliases)
        {
            w.WriteStringValue(alias);
        }

        w.WriteEndArray();
    }

    private static VulnerabilityIds ReadIds(JsonElement e) =>
        new(Text(e, "id")!, [.. e.GetProperty("al").EnumerateArray().Select(a => a.GetString()!)]);

    private static void WriteProvenance(Utf8JsonWriter w, StatementProvenance provenance)
    {
        w.WriteStartObject("pv");
        w.WriteString("k", provenance.Kind.ToString());
        w.WriteString("a", provenance.AdvisoryId);
        w.WriteString("r", provenance.Revision);
        w.WriteString("sha", provenance.DocumentSha256);
        w.WriteString("ptr", provenance.Pointer);
        w.WriteEndObject();
    }

    private static StatementProvenance ReadProvenance(JsonElement e) => new(
        Enum.Parse<StatementSourceKind>(Text(e, "k")!), Text(e, "a")!, Text(e, "r"), Text(e, "sha")!, Text(e, "ptr")!);

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
