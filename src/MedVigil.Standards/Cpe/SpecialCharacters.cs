namespace MedVigil.Standards.Cpe;

/// <summary>The punctuation that NISTIR 7695 quotes with <c>\</c> (formatted string) or percent-encodes (URI).</summary>
internal static class SpecialCharacters
{
    /// <summary>
    /// Quotable in a formatted string and percent-encodable in a URI: printable ASCII punctuation except
    /// <c>-</c>, <c>.</c> and <c>_</c>, which both bindings write as they are.
    /// </summary>
    public const string Quotable = "\\*?!\"#$%&'()+,/:;<=>@[]^`{|}~";

    public static bool IsQuotable(char c) => Quotable.Contains(c, StringComparison.Ordinal);

    public static bool IsPrintableAscii(char c) => c is >= '!' and <= '~';
}
