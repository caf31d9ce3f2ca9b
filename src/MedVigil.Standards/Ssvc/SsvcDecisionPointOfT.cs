using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace MedVigil.Standards.Ssvc;

/// <summary>
/// An SSVC decision point whose values are the enum <typeparamref name="T"/> (same order as <see cref="SsvcDecisionPoint.Values"/>).
/// Parses a value from its key (<c>P</c>), its name (<c>Public PoC</c>, <c>public_poc</c>) or its full value summary
/// (<c>ssvc:E:1.1.0:P</c>); keys and names ignore case, and in names a space, <c>-</c> and <c>_</c> are interchangeable.
/// </summary>
/// <typeparam name="T">An <see cref="int"/>-based enum numbered 0, 1, 2… in SSVC's order.</typeparam>
public sealed class SsvcDecisionPoint<T> : SsvcDecisionPoint
    where T : struct, Enum
{
    /// <summary>Longer inputs are rejected before any work, so hostile input stays cheap.</summary>
    public const int MaxLength = 256;

    private readonly (string Name, T Value)[] aliases;

    internal SsvcDecisionPoint(
        string ns, string key, string version, string name, SsvcValueInfo[] values, params (string Name, T Value)[] aliases)
        : base(ns, key, version, name, values)
    {
        if (Enum.GetUnderlyingType(typeof(T)) != typeof(int) || Enum.GetValues<T>().Length != values.Length)
        {
            throw new ArgumentException($"{typeof(T).Name} must be an int enum with one member per value of {Id}.", nameof(values));
        }

        this.aliases = aliases;
    }

    /// <summary>The key and name of <paramref name="value"/>.</summary>
    public SsvcValueInfo Describe(T value) => Values[SsvcOrdinal.Of(value, Values.Count)];

    /// <summary>The full value summary, <c>namespace:key:version:valueKey</c> (e.g. <c>ssvc:E:1.1.0:P</c>).</summary>
    public string SummaryOf(T value) => $"{Id}:{Describe(value).Key}";

    /// <summary>Parses a key, name or value summary; throws <see cref="FormatException"/> with the reason.</summary>
    public T Parse(string text) =>
        TryParse(text, out var value, out var error) ? value : throw new FormatException(error.Message);

    /// <summary>Parses a key, name or value summary.</summary>
    public bool TryParse([NotNullWhen(true)] string? text, out T value) => TryParse(text, out value, out _);

    /// <summary>Parses a key, name or value summary; on failure <paramref name="error"/> says what and where.</summary>
    public bool TryParse([NotNullWhen(true)] string? text, out T value, [NotNullWhen(false)] out SsvcParseError? error)
    {
        value = default;
        error = Precheck(text);
        if (error is not null)
        {
            return false;
        }

        var colon = text!.LastIndexOf(':');
        if (colon >= 0)
        {
            error = CheckSummaryPrefix(text, colon);
            if (error is not null)
            {
                return false;
            }
        }

        var candidate = text.AsSpan(colon + 1);
        if (TryMatch(candidate, allowNames: colon < 0, out value))
        {
            return true;
        }

        error = new SsvcParseError(colon + 1, candidate.ToString(),
            $"'{candidate}' at position {colon + 1} is not a value of {Name} ({Id}); expected one of {Expected(colon < 0)}.");
        return false;
    }

    private SsvcParseError? Precheck(string? text) =>
        string.IsNullOrEmpty(text) ? new SsvcParseError(0, "", $"An empty text (position 0) is not a value of {Name} ({Id}).")
        : text.Length > MaxLength ? new SsvcParseError(MaxLength, text[..16] + "…", $"A value of {Name} is at most {MaxLength} characters long; this text has {text.Length}.")
        : null;

    // "ssvc:E:1.1.0:P": everything before the last ':' must be this decision point's id, version included,
    // because a value key only means something for the version that defines it.
    private SsvcParseError? CheckSummaryPrefix(string text, int colon)
    {
        var prefix = text.AsSpan(0, colon);
        if (prefix.SequenceEqual(Id))
        {
            return null;
        }

        var position = 0;
        ReadOnlySpan<string> expected = [Namespace, Key, Version];
        foreach (var part in expected)
        {
            var end = text.IndexOf(':', position);
            var actual = text.AsSpan(position, (end < 0 || end > colon ? colon : end) - position);
            if (!actual.SequenceEqual(part))
            {
                return new SsvcParseError(position, actual.ToString(),
                    $"'{actual}' at position {position} does not match {Id}: a value summary of {Name} is '{Id}:<key>'.");
            }

            position += part.Length + 1;
        }

        return new SsvcParseError(position, text[position..colon],
            $"Unexpected text at position {position}: a value summary of {Name} is '{Id}:<key>'.");
    }

    private bool TryMatch(ReadOnlySpan<char> text, bool allowNames, out T value)
    {
        for (var i = 0; i < Values.Count; i++)
        {
            if (text.Equals(Values[i].Key, StringComparison.OrdinalIgnoreCase) || (allowNames && NameEquals(text, Values[i].Name)))
            {
                value = FromOrdinal(i);
                return true;
            }
        }

        foreach (var (alias, aliased) in allowNames ? aliases : [])
        {
            if (NameEquals(text, alias))
            {
                value = aliased;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static bool NameEquals(ReadOnlySpan<char> text, string name)
    {
        if (text.Length != name.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!(IsSeparator(text[i]) && IsSeparator(name[i])) && char.ToLowerInvariant(text[i]) != char.ToLowerInvariant(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSeparator(char c) => c is ' ' or '-' or '_';

    private string Expected(bool withNames) =>
        string.Join(", ", Values.Select(v => withNames ? $"{v.Key} ({v.Name})" : v.Key));

    private static T FromOrdinal(int ordinal) => Unsafe.As<int, T>(ref ordinal);
}
