using System.Text;

namespace MedVigil.Domain.Matching;

/// <summary>
/// Normalises manufacturer and product names so that spellings of one name compare equal: case, accents folded to
/// ASCII where simple, ®/™/© dropped, punctuation turned into single spaces, '&' read as 'and', and for manufacturers the legal
/// suffixes (Inc, GmbH, AG, Ltd, LLC, Corp, Co, SA, SE, plc, KG…) removed. Aliases between different names (BD and
/// Becton Dickinson) are not this class's business.
/// </summary>
public static class ProductNames
{
    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "gmbh", "ag", "ltd", "limited", "llc", "corp", "corporation", "co", "company", "sa", "se",
        "plc", "kg", "kgaa", "bv", "nv", "oy", "ab", "as", "spa", "srl", "sas", "kk", "pty", "lp", "llp", "ulc", "mbh",
    };

    /// <summary>Lower case words separated by single spaces, legal suffixes removed from the end.</summary>
    public static string NormaliseManufacturer(string name)
    {
        var words = Words(name);
        while (words.Count > 1)
        {
            if (LegalSuffixes.Contains(words[^1]))
            {
                // "& Co." is part of the legal form ("Biotronik SE & Co. KG", "Drägerwerk AG & Co. KGaA").
                var and = words[^1] == "co" && words.Count > 2 && words[^2] == "and" ? 2 : 1;
                words.RemoveRange(words.Count - and, and);
                continue;
            }

            // A dotted suffix splits into letters ("N.V.", "S.p.A.", "B.V."): read the trailing letters as one word.
            var letters = 0;
            while (letters < words.Count - 1 && words[^(letters + 1)].Length == 1)
            {
                letters++;
            }

            if (letters < 2 || !LegalSuffixes.Contains(string.Concat(words.Skip(words.Count - letters))))
            {
                break;
            }

            words.RemoveRange(words.Count - letters, letters);
        }

        return string.Join(' ', words);
    }

    /// <summary>Whether a name is only a legal form ("Inc.", "Ltd.", "Company"), not a maker's name.</summary>
    public static bool IsLegalForm(string name)
    {
        var words = Words(name);
        return words.Count == 1 && LegalSuffixes.Contains(words[0]);
    }

    /// <summary>Lower case words separated by single spaces.</summary>
    public static string NormaliseProduct(string name) => string.Join(' ', Words(name));

    private static List<string> Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var raw in name)
        {
            if (char.IsLetterOrDigit(raw))
            {
                word.Append(Fold(char.ToLowerInvariant(raw)));
                continue;
            }

            if (raw == '&')
            {
                Flush(words, word);
                words.Add("and");
                continue;
            }

            // '.' inside an abbreviation ("B. Braun") and every other mark or space ends a word; ®, ™, © vanish.
            Flush(words, word);
        }

        Flush(words, word);
        return words;
    }

    /// <summary>Latin letters with diacritics to their base letter (invariant globalization has no Unicode decomposition).</summary>
    private static string Fold(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => "a",
        'ç' => "c",
        'è' or 'é' or 'ê' or 'ë' => "e",
        'ì' or 'í' or 'î' or 'ï' => "i",
        'ñ' => "n",
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' => "o",
        'ù' or 'ú' or 'û' or 'ü' => "u",
        'ý' or 'ÿ' => "y",
        'ß' => "ss",
        _ => c.ToString(),
    };

    private static void Flush(List<string> words, StringBuilder word)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }
}
