namespace MedVigil.Standards.Cvss;

/// <summary>What each vector type implements so the public Parse/TryParse overloads can share one body.</summary>
internal interface ICvssParsable<TSelf>
{
    /// <summary>Parses without allocating; on failure, <paramref name="failure"/> says what and where.</summary>
    static abstract bool TryParseCore(ReadOnlySpan<char> text, out TSelf value, out CvssParseFailure failure);
}

/// <summary>The public parse overloads of every vector type, written once.</summary>
internal static class CvssParsing
{
    public static T Parse<T>(string text)
        where T : ICvssParsable<T>
    {
        ArgumentNullException.ThrowIfNull(text);
        return T.TryParseCore(text, out var value, out var failure)
            ? value
            : throw new FormatException(failure.ToError(text).Message);
    }

    public static bool TryParse<T>(ReadOnlySpan<char> text, out T value, out CvssParseError? error)
        where T : ICvssParsable<T>
    {
        if (T.TryParseCore(text, out value, out var failure))
        {
            error = null;
            return true;
        }

        error = failure.ToError(text);
        return false;
    }

    /// <summary>A default-constructed vector holds no metrics; using it is a programming error, not bad input.</summary>
    public static InvalidOperationException DefaultInstance(string type) =>
        new($"This {type} is the default value, which holds no metrics; create vectors with Parse or TryParse.");
}
