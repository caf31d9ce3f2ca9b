namespace MedVigil.Standards.Versions.Vers;

/// <summary>
/// Reads <c>vers:&lt;type&gt;/&lt;constraints&gt;</c>. Strict mode follows "How to parse and validate VERS": the input must
/// already be canonical (no whitespace, no leading, trailing or doubled pipes, no '=' comparator, canonical
/// percent-encoding, sorted unique versions, valid comparator sequence). Lenient mode repairs what it safely can:
/// it drops whitespace and stray pipes, accepts '=' and '==', any case and scheme aliases, and sorts the constraints,
/// but it does not merge or drop any.
/// </summary>
internal static class VersParser
{
    private const string Prefix = "vers:";

    public static VersRange? Parse(string? input, bool strict, out VersParseError? error)
    {
        error = null;
        if (string.IsNullOrEmpty(input))
        {
            return Fail(input ?? "", 0, "it is empty", out error);
        }

        if (input.Length > VersRange.MaxLength)
        {
            return Fail(input, VersRange.MaxLength, $"it is longer than {VersRange.MaxLength} characters", out error);
        }

        var text = strict ? input : RemoveWhitespace(input);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsAsciiWhitespace(text[i])) // only reachable in strict mode
            {
                return Fail(input, i, "whitespace is not permitted (write a space inside a version as %20)", out error);
            }

            if (text[i] is < '!' or > '~')
            {
                return Fail(input, i, "only printable ASCII is permitted; percent-encode other characters", out error);
            }
        }

        if (!text.StartsWith(Prefix, strict ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
        {
            return Fail(input, 0, text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
                ? "the scheme must be written in lower case, 'vers:'" : "a vers starts with 'vers:'", out error);
        }

        var slash = text.IndexOf('/', Prefix.Length);
        if (slash < 0)
        {
            return Fail(input, text.Length, "a '/' must separate the type from the constraints", out error);
        }

        if (!TryReadType(text, slash, strict, out var type, out var scheme, out var position, out var reason))
        {
            return Fail(input, position, reason!, out error);
        }

        var constraints = ReadConstraints(input, text, slash + 1, scheme!, strict, out error);
        if (constraints is null)
        {
            return null;
        }

        if (strict && VersValidation.FindProblem(constraints) is { } problem)
        {
            return Fail(input, SegmentStart(text, slash + 1, problem.Index), problem.Reason, out error);
        }

        if (!strict)
        {
            VersValidation.SortStable(constraints);
        }

        return new VersRange(type!, scheme!, [.. constraints]);
    }

    private static bool TryReadType(string text, int slash, bool strict, out string? type, out VersionScheme? scheme, out int position, out string? reason)
    {
        (type, scheme, position, reason) = (text[Prefix.Length..slash], null, Prefix.Length, null);
        if (type.Length == 0)
        {
            reason = "the type is empty";
            return false;
        }

        if (!char.IsAsciiLetter(type[0]) || type.AsSpan().ContainsAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-"))
        {
            reason = $"the type '{type}' must start with a letter and hold only letters, digits, '.' and '-'";
            return false;
        }

        if (strict && type.AsSpan().ContainsAnyInRange('A', 'Z'))
        {
            reason = $"the type '{type}' must be lower case";
            return false;
        }

        type = type.ToLowerInvariant();
        if (type is "invalid" or "example" or "test")
        {
            reason = type == "invalid"
                ? "the type 'invalid' is reserved to be always invalid"
                : $"the type '{type}' is reserved for documentation and tests and has no version ordering";
            return false;
        }

        var found = strict ? VersionSchemes.TryGetVersType(type, out scheme) : VersionSchemes.TryGet(type, out scheme);
        if (!found)
        {
            reason = VersionSchemes.TryGet(type, out var alias)
                ? $"the type '{type}' is not a vers type; write '{alias.Name}'"
                : $"MedVigil has no comparison rules for the vers type '{type}'";
            return false;
        }

        type = scheme!.Name;
        return true;
    }

    private static List<VersConstraint>? ReadConstraints(string input, string text, int start, VersionScheme scheme, bool strict, out VersParseError? error)
    {
        error = null;
        var body = text.AsSpan(start);
        if (body.IsEmpty)
        {
            return FailList(input, start, "the constraints are empty", out error);
        }

        if (strict)
        {
            if (body[0] == '|' || body[^1] == '|')
            {
                return FailList(input, body[0] == '|' ? start : text.Length - 1, body[0] == '|' ? "a leading pipe is not permitted" : "a trailing pipe is not permitted", out error);
            }

            if (body.IndexOf("||") is var doubled and >= 0)
            {
                return FailList(input, start + doubled, "consecutive pipes are not permitted", out error);
            }
        }

        var constraints = new List<VersConstraint>();
        var segments = SplitSegments(text, start);
        foreach (var (segmentStart, length) in segments)
        {
            var segment = text.AsSpan(segmentStart, length);
            if (segment.SequenceEqual("*"))
            {
                if (segments.Count > 1)
                {
                    return FailList(input, segmentStart, "'*' must stand alone", out error);
                }

                constraints.Add(VersConstraint.Any);
                continue;
            }

            var constraint = ReadConstraint(input, text, segmentStart, length, scheme, strict, out error);
            if (constraint is null)
            {
                return null;
            }

            constraints.Add(constraint.Value);
        }

        return constraints.Count == 0 ? FailList(input, start, "there are no constraints", out error) : constraints;
    }

    private static VersConstraint? ReadConstraint(string input, string text, int start, int length, VersionScheme scheme, bool strict, out VersParseError? error)
    {
        error = null;
        var segment = text.AsSpan(start, length);
        var comparator = VersComparators.Read(segment, out var comparatorLength);
        if (comparatorLength == 0 && segment[0] == '=')
        {
            if (strict)
            {
                Fail(input, start, "'=' is implicit: write the bare version", out error);
                return null;
            }

            comparatorLength = segment.StartsWith("==") ? 2 : 1;
        }

        var raw = segment[comparatorLength..];
        if (raw.IsEmpty)
        {
            Fail(input, start, "a version must follow the comparator", out error);
            return null;
        }

        var special = raw.IndexOfAny("<>=!*");
        if (strict && special >= 0)
        {
            Fail(input, start + comparatorLength + special, $"'{raw[special]}' in a version must be percent-encoded", out error);
            return null;
        }

        var decoded = VersPercentEncoding.Decode(raw, strict, out var offset, out var reason);
        if (decoded is null)
        {
            Fail(input, start + comparatorLength + offset, reason!, out error);
            return null;
        }

        if (!scheme.TryParse(decoded, out var version, out var versionError))
        {
            var position = start + comparatorLength + (raw.IndexOf('%') < 0 ? versionError.Position : 0);
            Fail(input, position, $"'{Excerpt.Of(decoded)}' is not a valid {scheme.Name} version: {versionError.Reason}", out error);
            return null;
        }

        return new VersConstraint(comparator, version);
    }

    /// <summary>The non-empty segments between pipes, as (start, length).</summary>
    private static List<(int Start, int Length)> SplitSegments(string text, int start)
    {
        var segments = new List<(int, int)>();
        var segmentStart = start;
        for (var i = start; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '|')
            {
                if (i > segmentStart)
                {
                    segments.Add((segmentStart, i - segmentStart));
                }

                segmentStart = i + 1;
            }
        }

        return segments;
    }

    private static int SegmentStart(string text, int start, int index)
    {
        var segments = SplitSegments(text, start);
        return index < segments.Count ? segments[index].Start : start;
    }

    private static string RemoveWhitespace(string text) =>
        text.AsSpan().ContainsAny(" \t\n\r\f\v") ? string.Concat(text.Where(c => !IsAsciiWhitespace(c))) : text;

    private static bool IsAsciiWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    private static VersRange? Fail(string input, int position, string reason, out VersParseError? error)
    {
        error = new VersParseError(input, position, reason);
        return null;
    }

    private static List<VersConstraint>? FailList(string input, int position, string reason, out VersParseError? error)
    {
        error = new VersParseError(input, position, reason);
        return null;
    }
}
