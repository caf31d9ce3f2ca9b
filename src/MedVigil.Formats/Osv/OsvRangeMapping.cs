using MedVigil.Formats.Common;
using System.Text.Json;
using System.Text.RegularExpressions;
using MedVigil.Formats.Kev;

namespace MedVigil.Formats.Osv;

/// <summary>Maps one <c>ranges[]</c> item, with the schema's and the OSV linter's range checks.</summary>
internal static partial class OsvRangeMapping
{
    private static readonly (string Name, OsvEventKind Kind)[] EventNames =
        [("introduced", OsvEventKind.Introduced), ("fixed", OsvEventKind.Fixed), ("last_affected", OsvEventKind.LastAffected), ("limit", OsvEventKind.Limit)];

    public static OsvRange? Range(JsonFields f, JsonElement e, string p)
    {
        if (!f.IsObject(e, p))
        {
            return null;
        }

        var type = f.String(e, p, "type", required: true) switch
        {
            null => (OsvRangeType?)null,
            "SEMVER" => OsvRangeType.Semver,
            "ECOSYSTEM" => OsvRangeType.Ecosystem,
            "GIT" => OsvRangeType.Git,
            var other => Bad(f, p + "/type", "osv-range-type", $"The range type '{other}' is not SEMVER, ECOSYSTEM or GIT."),
        };
        var repo = f.String(e, p, "repo", required: type == OsvRangeType.Git);
        var events = f.Array(e, p, "events", (v, at) => Event(f, v, at, type), required: true);
        if (e.TryGetProperty("events", out var list) && list.ValueKind == JsonValueKind.Array && events.Count == list.GetArrayLength())
        {
            CheckEvents(f, events, p + "/events");
        }

        return type is null ? null : new OsvRange(type.Value, repo, events, Json(f, e, p, "database_specific"));
    }

    /// <summary>An object property kept as a detached JSON clone.</summary>
    public static JsonElement? Json(JsonFields f, JsonElement e, string p, string name)
    {
        if (f.Property(e, p, name, required: false) is not { } value)
        {
            return null;
        }

        return f.IsObject(value, JsonFields.Child(p, name)) ? value.Clone() : null;
    }

    private static OsvEvent? Event(JsonFields f, JsonElement e, string p, OsvRangeType? type)
    {
        if (!f.IsObject(e, p))
        {
            return null;
        }

        var found = EventNames.Where(n => e.TryGetProperty(n.Name, out _)).ToList();
        if (found.Count != 1 || e.EnumerateObject().Count() != 1)
        {
            f.Error(p, "osv-event", "An event must have exactly one of introduced, fixed, last_affected or limit.");
            return null;
        }

        var (name, kind) = found[0];
        if (f.String(e, p, name, required: true) is not { } version)
        {
            return null;
        }

        if (type == OsvRangeType.Git && !GitCommit().IsMatch(version))
        {
            f.Error(JsonFields.Child(p, name), "osv-git-commit", $"'{version}' is not a full-length commit hash (or 0).");
        }

        return new OsvEvent(kind, version);
    }

    // Checked on a complete list only, so pointers match the file.
    private static void CheckEvents(JsonFields f, IReadOnlyList<OsvEvent> events, string p)
    {
        if (!events.Any(v => v.Kind == OsvEventKind.Introduced))
        {
            f.Error(p, "osv-no-introduced", "The range has no introduced event.");
        }

        if (events.Any(v => v.Kind == OsvEventKind.Fixed) && events.Any(v => v.Kind == OsvEventKind.LastAffected))
        {
            f.Error(p, "osv-fixed-and-last-affected", "fixed and last_affected events cannot be in the same range.");
        }

        // The OSV linter's "distinct events" rule: one version may appear in one event of a range only.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            if (!seen.Add(events[i].Version))
            {
                f.Error(JsonFields.Child(p, i), "osv-event-duplicate", $"The version '{events[i].Version}' is in more than one event of the range.");
            }
        }
    }

    private static OsvRangeType? Bad(JsonFields f, string pointer, string code, string message)
    {
        f.Error(pointer, code, message);
        return null;
    }

    [GeneratedRegex("^(0|[a-f0-9]{40}|[a-f0-9]{64})$", RegexOptions.CultureInvariant)]
    private static partial Regex GitCommit();
}
