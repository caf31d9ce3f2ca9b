namespace MedVigil.Standards.Purl;

/// <summary>
/// Reads the qualifiers of a PURL string (§5.6.6): <c>key=value</c> pairs separated by '&amp;', keys checked by
/// <see cref="PurlSyntax.CheckKey"/>, values percent-decoded, pairs with an empty value dropped, keys unique, sorted.
/// </summary>
internal static class PurlQueryParser
{
    public static PurlError? Parse(
        string text, int question, int end, PurlParseMode mode, Span<char> buffer, out PurlQualifiers qualifiers)
    {
        qualifiers = PurlQualifiers.Empty;
        if (question < 0)
        {
            return null;
        }

        PurlQualifier[]? items = null;
        var count = 0;
        for (var start = question + 1; start < end;)
        {
            var amp = text.AsSpan(start, end - start).IndexOf('&');
            var pairEnd = amp < 0 ? end : start + amp;
            if (Pair(text, start, pairEnd, mode, buffer, out var pair) is { } error)
            {
                return error;
            }

            if (pair is { } qualifier)
            {
                items ??= new PurlQualifier[text.AsSpan(start, end - start).Count('&') + 1];
                items[count++] = qualifier;
            }

            start = pairEnd + 1;
        }

        if (items is null)
        {
            return null;
        }

        if (count < items.Length)
        {
            Array.Resize(ref items, count);
        }

        if (!PurlQualifiers.TryCreate(items, out qualifiers, out var duplicate))
        {
            return PurlError.At(PurlErrorKind.Qualifier, PurlComponent.Qualifiers, SecondOccurrence(text, question + 1, end, duplicate),
                duplicate, $"the qualifier key '{duplicate}' appears more than once");
        }

        return null;
    }

    /// <summary>One <c>key=value</c>; <paramref name="pair"/> is null for an empty part or an empty value.</summary>
    private static PurlError? Pair(string text, int start, int end, PurlParseMode mode, Span<char> buffer, out PurlQualifier? pair)
    {
        pair = null;
        var part = text.AsSpan(start, end - start);
        if (part.IsEmpty)
        {
            return null;
        }

        var eq = part.IndexOf('=');
        if (eq < 0)
        {
            return PurlError.At(PurlErrorKind.Qualifier, PurlComponent.Qualifiers, start, part.ToString(),
                $"the qualifier '{part}' has no '=' between key and value");
        }

        if (PurlSyntax.CheckKey(part[..eq], start, mode) is { } keyError)
        {
            return keyError;
        }

        if (!PercentEncoding.TryDecode(part[(eq + 1)..], buffer, out var written, out var offset))
        {
            return PurlParser.EncodingError(text, start + eq + 1, end, offset, PurlComponent.Qualifiers);
        }

        pair = written == 0 ? null : new PurlQualifier(PurlSyntax.LowercaseKey(part[..eq]), buffer[..written].ToString());
        return null;
    }

    private static int SecondOccurrence(string text, int start, int end, string key)
    {
        var seen = false;
        foreach (var range in text.AsSpan(start, end - start).Split('&'))
        {
            var part = text.AsSpan(start + range.Start.Value, range.End.Value - range.Start.Value);
            var eq = part.IndexOf('=');
            if (eq >= 0 && part[..eq].Equals(key, StringComparison.OrdinalIgnoreCase) && eq < part.Length - 1)
            {
                if (seen)
                {
                    return start + range.Start.Value;
                }

                seen = true;
            }
        }

        return start;
    }
}
