using System.Buffers;
using System.Collections.Frozen;

namespace MedVigil.Standards.Purl;

/// <summary>The ECMA-427 character rules for the type and qualifier keys, shared by parsing and building.</summary>
internal static class PurlSyntax
{
    private static readonly SearchValues<char> TypeCharacters = SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-");

    private static readonly SearchValues<char> StrictKeyCharacters = SearchValues.Create(
        "abcdefghijklmnopqrstuvwxyz0123456789.-_");

    private static readonly SearchValues<char> LenientKeyCharacters = SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_");

    // Interning the keys that nearly every PURL uses saves an allocation per qualifier when parsing.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownKeys = PurlTypeTable.All
        .SelectMany(d => d.Qualifiers.Select(q => q.Key))
        .Concat(["repository_url", "download_url", "vcs_url", "file_name", "checksum", "arch", "distro", "epoch"])
        .ToFrozenSet(StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>§5.6.2: ASCII letters, digits, '.' and '-', starting with a letter. <paramref name="at"/> is its position.</summary>
    public static PurlError? CheckType(ReadOnlySpan<char> type, int? at)
    {
        if (type.IsEmpty)
        {
            return PurlError.At(PurlErrorKind.Type, PurlComponent.Type, at, null, "the type is missing");
        }

        if (!char.IsAsciiLetter(type[0]))
        {
            return PurlError.At(PurlErrorKind.Type, PurlComponent.Type, at, type.ToString(),
                $"the type '{type}' must start with an ASCII letter");
        }

        var bad = type.IndexOfAnyExcept(TypeCharacters);
        return bad < 0 ? null : PurlError.At(PurlErrorKind.Type, PurlComponent.Type, at + bad, type.ToString(),
            $"the type '{type}' may hold only ASCII letters, digits, '.' and '-', not '{type[bad]}'");
    }

    /// <summary>The type as its canonical, lowercase string (the table's own instance when it is registered).</summary>
    public static string LowercaseType(ReadOnlySpan<char> type, out PurlTypeDefinition? definition)
    {
        Span<char> lower = stackalloc char[Math.Min(type.Length, PackageUrl.MaxLength)];
        type.ToLowerInvariant(lower);
        return PurlTypeDefinition.TryGet(lower, out definition) ? definition.Type : lower.ToString();
    }

    /// <summary>
    /// §5.6.6: lowercase ASCII letters, digits, '.', '-' and '_', starting with a letter, never percent-encoded.
    /// Uppercase letters are an error when strict and are lowercased when lenient.
    /// </summary>
    public static PurlError? CheckKey(ReadOnlySpan<char> key, int? at, PurlParseMode mode)
    {
        if (key.IsEmpty)
        {
            return PurlError.At(PurlErrorKind.Qualifier, PurlComponent.Qualifiers, at, null, "a qualifier key is missing");
        }

        if (!char.IsAsciiLetter(key[0]))
        {
            return PurlError.At(PurlErrorKind.Qualifier, PurlComponent.Qualifiers, at, key.ToString(),
                $"the qualifier key '{key}' must start with an ASCII letter");
        }

        var bad = key.IndexOfAnyExcept(mode == PurlParseMode.Strict ? StrictKeyCharacters : LenientKeyCharacters);
        if (bad < 0)
        {
            return null;
        }

        var what = char.IsAsciiLetterUpper(key[bad])
            ? $"the qualifier key '{key}' must be lowercase"
            : $"the qualifier key '{key}' may hold only lowercase ASCII letters, digits, '.', '-' and '_', not '{key[bad]}'";
        return PurlError.At(PurlErrorKind.Qualifier, PurlComponent.Qualifiers, at + bad, key.ToString(), what);
    }

    /// <summary>The key, lowercased (it has passed <see cref="CheckKey"/>), as an interned string when it is a common one.</summary>
    public static string LowercaseKey(ReadOnlySpan<char> key)
    {
        Span<char> lower = stackalloc char[Math.Min(key.Length, PackageUrl.MaxLength)];
        key.ToLowerInvariant(lower);
        return KnownKeys.TryGetValue(lower, out var known) ? known : lower.ToString();
    }
}
