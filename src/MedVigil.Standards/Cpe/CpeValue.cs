using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace MedVigil.Standards.Cpe;

/// <summary>Whether an attribute holds a logical value (ANY, NA) or a value string.</summary>
public enum CpeValueKind : byte
{
    /// <summary>ANY: any value, bound as <c>*</c> (formatted string) or an empty component (URI).</summary>
    Any,

    /// <summary>NA: not applicable, bound as <c>-</c>.</summary>
    NotApplicable,

    /// <summary>A value string, possibly with leading/trailing wildcards.</summary>
    Value,
}

/// <summary>
/// One attribute value of a well-formed name (NISTIR 7695 §5.3): ANY, NA, or a value string kept in WFN form, where
/// every character other than a letter, digit or <c>_</c> is quoted with <c>\</c> (<c>8\.0\.6001</c>) and an
/// unquoted <c>*</c> or <c>?</c> is a wildcard. <c>default</c> is ANY.
/// </summary>
public readonly struct CpeValue : IEquatable<CpeValue>
{
    /// <summary>Marks a leading or trailing <c>*</c> in <see cref="LeadingWildcard"/>/<see cref="TrailingWildcard"/>.</summary>
    internal const int AsteriskWildcard = -1;

    private readonly string? _quoted;

    internal CpeValue(string quoted, int leading, int trailing)
    {
        _quoted = quoted;
        Kind = CpeValueKind.Value;
        LeadingWildcard = leading;
        TrailingWildcard = trailing;
    }

    private CpeValue(CpeValueKind kind) => Kind = kind;

    /// <summary>The logical value ANY.</summary>
    public static CpeValue Any => default;

    /// <summary>The logical value NA.</summary>
    public static CpeValue NotApplicable { get; } = new(CpeValueKind.NotApplicable);

    public CpeValueKind Kind { get; }

    public bool IsAny => Kind == CpeValueKind.Any;

    public bool IsNotApplicable => Kind == CpeValueKind.NotApplicable;

    /// <summary>The value string in WFN form (quoted, wildcards unquoted); null for ANY and NA.</summary>
    public string? Quoted => _quoted;

    /// <summary>True for a value string with an unquoted <c>*</c> or <c>?</c> (a pattern, not a name).</summary>
    public bool HasWildcards => LeadingWildcard != 0 || TrailingWildcard != 0;

    /// <summary>
    /// The value string without quoting (<c>8.0.6001</c>), e.g. to compare versions; null for ANY, NA and patterns.
    /// </summary>
    public string? Literal => Kind != CpeValueKind.Value || HasWildcards ? null
        : _quoted!.Contains('\\', StringComparison.Ordinal) ? Unquote(_quoted) : _quoted;

    /// <summary>0 none, <see cref="AsteriskWildcard"/> for <c>*</c>, else the number of leading <c>?</c>.</summary>
    internal int LeadingWildcard { get; }

    /// <summary>0 none, <see cref="AsteriskWildcard"/> for <c>*</c>, else the number of trailing <c>?</c>.</summary>
    internal int TrailingWildcard { get; }

    /// <summary>A value that means exactly <paramref name="text"/>: every special character is quoted, nothing is a wildcard.</summary>
    /// <exception cref="ArgumentException">Empty, a lone <c>-</c>, longer than 4 KiB, or not printable ASCII.</exception>
    public static CpeValue FromLiteral(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Build(text, literal: true, out var value, out var error) ? value : throw new ArgumentException(error.Message, nameof(text));
    }

    /// <summary>A value from its WFN form, e.g. <c>8\.0\.*</c> (quoted specials, unquoted wildcards).</summary>
    /// <exception cref="FormatException">The text is not a canonical WFN value string.</exception>
    public static CpeValue FromWfn(string quoted) =>
        TryFromWfn(quoted, out var value, out var error) ? value : throw new FormatException(error.Message);

    /// <inheritdoc cref="FromWfn"/>
    public static bool TryFromWfn(string? quoted, out CpeValue value, [NotNullWhen(false)] out CpeParseError? error)
    {
        if (quoted is null)
        {
            value = default;
            error = new CpeParseError(0, "", "a WFN value is required");
            return false;
        }

        return Build(quoted, literal: false, out value, out error);
    }

    public bool Equals(CpeValue other) =>
        Kind == other.Kind && string.Equals(_quoted, other._quoted, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is CpeValue other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, _quoted is null ? 0 : StringComparer.Ordinal.GetHashCode(_quoted));

    public static bool operator ==(CpeValue left, CpeValue right) => left.Equals(right);

    public static bool operator !=(CpeValue left, CpeValue right) => !left.Equals(right);

    /// <summary>The WFN notation: <c>ANY</c>, <c>NA</c> or the quoted value string.</summary>
    public override string ToString() => Kind switch
    {
        CpeValueKind.Any => "ANY",
        CpeValueKind.NotApplicable => "NA",
        _ => _quoted!,
    };

    private static string Unquote(string quoted)
    {
        var chars = new char[quoted.Length];
        var length = 0;
        for (var i = 0; i < quoted.Length; i++)
        {
            chars[length++] = quoted[i] == '\\' ? quoted[++i] : quoted[i];
        }

        return new string(chars, 0, length);
    }

    private static bool Build(string text, bool literal, out CpeValue value, [NotNullWhen(false)] out CpeParseError? error)
    {
        value = default;
        if (text.Length > CpeName.MaxLength)
        {
            error = new CpeParseError(0, text[..32] + "…", $"a CPE value may be at most {CpeName.MaxLength} characters");
            return false;
        }

        var rented = ArrayPool<char>.Shared.Rent(2 * text.Length + 2);
        try
        {
            var builder = new CpeValueBuilder(rented);
            var ok = literal ? AddLiterals(text, ref builder) : AddWfn(text, ref builder);
            if (ok && builder.Finish(0, out value))
            {
                error = null;
                return true;
            }

            var at = Math.Min(builder.ErrorPosition, Math.Max(text.Length - 1, 0));
            error = new CpeParseError(builder.ErrorPosition, text.Length == 0 ? "" : text.Substring(at, 1), builder.ErrorReason!);
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static bool AddLiterals(string text, ref CpeValueBuilder builder)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!builder.AddLiteral(text[i], i))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AddWfn(string text, ref CpeValueBuilder builder)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c switch
            {
                '*' => builder.AddAsterisk(i),
                '?' => builder.AddQuestionMark(i),
                '\\' when i + 1 < text.Length && !CpeValueBuilder.IsWordCharacter(text[i + 1]) => builder.AddLiteral(text[++i], i),
                '\\' => builder.Reject(i, "'\\' must quote a special character (letters, digits and '_' are never quoted)"),
                _ when CpeValueBuilder.IsWordCharacter(c) => builder.AddLiteral(c, i),
                _ => builder.Reject(i, "in a WFN, every character other than a letter, digit or '_' must be quoted with '\\'"),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
