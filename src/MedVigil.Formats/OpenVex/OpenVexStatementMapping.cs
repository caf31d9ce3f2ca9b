using MedVigil.Formats.Common;
using System.Text.Json;
using MedVigil.Formats.Kev;

namespace MedVigil.Formats.OpenVex;

/// <summary>Maps a statement and its products, with OpenVEX 0.2's statement rules.</summary>
/// <param name="legacy">A 0.0.1 document: vulnerabilities and products may be plain strings.</param>
/// <param name="documentTimestamp">Inherited by statements without their own.</param>
internal sealed class OpenVexStatementMapping(JsonFields f, bool legacy, DateTimeOffset? documentTimestamp)
{
    private static readonly Dictionary<string, OpenVexStatus> Statuses = new(StringComparer.Ordinal)
    {
        ["not_affected"] = OpenVexStatus.NotAffected,
        ["affected"] = OpenVexStatus.Affected,
        ["fixed"] = OpenVexStatus.Fixed,
        ["under_investigation"] = OpenVexStatus.UnderInvestigation,
    };

    private static readonly Dictionary<string, OpenVexJustification> Justifications = new(StringComparer.Ordinal)
    {
        ["component_not_present"] = OpenVexJustification.ComponentNotPresent,
        ["vulnerable_code_not_present"] = OpenVexJustification.VulnerableCodeNotPresent,
        ["vulnerable_code_not_in_execute_path"] = OpenVexJustification.VulnerableCodeNotInExecutePath,
        ["vulnerable_code_cannot_be_controlled_by_adversary"] = OpenVexJustification.VulnerableCodeCannotBeControlledByAdversary,
        ["inline_mitigations_already_exist"] = OpenVexJustification.InlineMitigationsAlreadyExist,
    };

    public OpenVexStatement? Statement(JsonElement e, string p)
    {
        if (!f.IsObject(e, p))
        {
            return null;
        }

        var vulnerability = f.Property(e, p, "vulnerability", required: true) is { } v ? Vulnerability(v, p + "/vulnerability") : null;
        var status = Label(e, p, "status", Statuses, required: true);
        var justification = Label(e, p, "justification", Justifications, required: false);
        var impact = f.String(e, p, "impact_statement");
        var action = f.String(e, p, "action_statement");
        if (status == OpenVexStatus.NotAffected && justification is null && impact is null && !e.TryGetProperty("justification", out _))
        {
            f.Error(p, "openvex-justification", "A not_affected statement needs a justification or an impact_statement.");
        }

        if (status == OpenVexStatus.Affected && action is null)
        {
            f.Error(p, "openvex-action", "An affected statement needs an action_statement.");
        }

        var statement = new OpenVexStatement(
            f.String(e, p, "@id"), Version(e, p, required: false), vulnerability!,
            f.Timestamp(e, p, "timestamp") ?? documentTimestamp, f.Timestamp(e, p, "last_updated"),
            f.Array(e, p, "products", Product), status ?? default, f.String(e, p, "supplier"), f.String(e, p, "status_notes"),
            justification, impact, action, f.Timestamp(e, p, "action_statement_timestamp"));
        return vulnerability is null || status is null ? null : statement;
    }

    /// <summary>A version: an integer from 1 (a string of digits in 0.0.1 documents).</summary>
    public int? Version(JsonElement e, string p, bool required)
    {
        var at = JsonFields.Child(p, "version");
        if (legacy && e.TryGetProperty("version", out var text) && text.ValueKind == JsonValueKind.String)
        {
            if (int.TryParse(text.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed >= 1)
            {
                return parsed;
            }

            f.Error(at, "openvex-version", "The version is not a whole number from 1.");
            return null;
        }

        var version = f.Count(e, p, "version", required);
        if (version is 0)
        {
            f.Error(at, "openvex-version", "The version is not a whole number from 1.");
            return null;
        }

        return version;
    }

    private OpenVexVulnerability? Vulnerability(JsonElement e, string p)
    {
        if (legacy && e.ValueKind == JsonValueKind.String)
        {
            return f.StringValue(e, p) is { } name ? new OpenVexVulnerability(name, null, null, []) : null;
        }

        return f.IsObject(e, p) && f.String(e, p, "name", required: true) is { } vulnerability
            ? new OpenVexVulnerability(vulnerability, f.String(e, p, "@id"), f.String(e, p, "description"), f.Strings(e, p, "aliases"))
            : null;
    }

    private OpenVexProduct? Product(JsonElement e, string p)
    {
        if (legacy && e.ValueKind == JsonValueKind.String)
        {
            return f.StringValue(e, p) is { } purl ? new OpenVexProduct(purl, null, new Dictionary<string, string>(), []) : null;
        }

        if (!f.IsObject(e, p))
        {
            return null;
        }

        var id = f.String(e, p, "@id");
        var identifiers = f.Property(e, p, "identifiers", required: false) is { } i && f.IsObject(i, p + "/identifiers")
            ? new OpenVexIdentifiers(f.String(i, p + "/identifiers", "purl"), f.String(i, p + "/identifiers", "cpe22"), f.String(i, p + "/identifiers", "cpe23"))
            : null;
        if (identifiers is { Purl: null, Cpe22: null, Cpe23: null })
        {
            f.Error(p + "/identifiers", "openvex-identifiers", "identifiers needs at least one of purl, cpe22 or cpe23.");
        }

        if (id is null && identifiers is null)
        {
            f.Error(p, "openvex-product", "A product or subcomponent needs an @id or identifiers.");
        }

        return new OpenVexProduct(id, identifiers, Hashes(e, p), f.Array(e, p, "subcomponents", Product));
    }

    private Dictionary<string, string> Hashes(JsonElement e, string p)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (f.Property(e, p, "hashes", required: false) is { } all && f.IsObject(all, p + "/hashes"))
        {
            foreach (var hash in all.EnumerateObject())
            {
                if (f.StringValue(hash.Value, JsonFields.Child(p + "/hashes", hash.Name)) is { } value)
                {
                    hashes[hash.Name] = value;
                }
            }
        }

        return hashes;
    }

    private T? Label<T>(JsonElement e, string p, string name, Dictionary<string, T> labels, bool required)
        where T : struct
    {
        if (f.String(e, p, name, required) is not { } text)
        {
            return null;
        }

        if (labels.TryGetValue(text, out var value))
        {
            return value;
        }

        f.Error(JsonFields.Child(p, name), "openvex-enum", $"'{text}' is not one of {string.Join(", ", labels.Keys)}.");
        return null;
    }
}
