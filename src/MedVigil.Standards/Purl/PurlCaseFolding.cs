namespace MedVigil.Standards.Purl;

/// <summary>
/// The character-by-character normalisation a type asks for in a decoded namespace segment, name, version or subpath
/// segment: lowercasing (ECMA-427 §5.5; invariant, simple case mapping for non-ASCII) and the pypi, pub and cpan rules.
/// Every step maps one char to one char, so parse can apply it in place before making a string.
/// </summary>
internal static class PurlCaseFolding
{
    public static void Apply(Span<char> value, PurlComponent component, PurlTypeDefinition? definition)
    {
        if (definition is null)
        {
            return;
        }

        var rules = component switch
        {
            PurlComponent.Namespace => definition.Namespace,
            PurlComponent.Name => definition.Name,
            PurlComponent.Version => definition.Version,
            _ => definition.Subpath,
        };
        if (!rules.IsCaseSensitive)
        {
            Lowercase(value);
        }

        if (component == PurlComponent.Namespace && definition.Has(PurlTypeRule.NamespaceUppercase))
        {
            Uppercase(value);
        }

        if (component == PurlComponent.Name && definition.Has(PurlTypeRule.NameUnderscoreToDash))
        {
            value.Replace('_', '-');
        }

        if (component == PurlComponent.Name && definition.Has(PurlTypeRule.NameForeignLettersAndDigitsToUnderscore))
        {
            foreach (ref var c in value)
            {
                var foreign = (char.IsLetter(c) && !char.IsAsciiLetterLower(c)) || (char.IsDigit(c) && !char.IsAsciiDigit(c));
                c = foreign ? '_' : c;
            }
        }
    }

    public static void Lowercase(Span<char> value)
    {
        foreach (ref var c in value)
        {
            c = char.IsAscii(c) ? (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0)) : char.ToLowerInvariant(c);
        }
    }

    public static bool HasUppercase(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (char.IsAsciiLetterUpper(c) || (!char.IsAscii(c) && char.ToLowerInvariant(c) != c))
            {
                return true;
            }
        }

        return false;
    }

    private static void Uppercase(Span<char> value)
    {
        foreach (ref var c in value)
        {
            c = char.IsAscii(c) ? (char)(c & ~(char.IsAsciiLetterLower(c) ? 0x20 : 0)) : char.ToUpperInvariant(c);
        }
    }
}
