using System.Text;

namespace MedVigil.Standards.Versions.Vers;

/// <summary>
/// Percent-encoding of versions inside a <c>vers</c>. Canonical form encodes exactly the characters that must be
/// encoded (<c>% &gt; &lt; = ! * |</c>, space, and every non-ASCII character as UTF-8 bytes), with upper-case hex digits.
/// </summary>
internal static class VersPercentEncoding
{
    public static string Encode(string version)
    {
        if (!version.AsSpan().ContainsAny(MustEncodeAscii) && !version.AsSpan().ContainsAnyExceptInRange('!', '~'))
        {
            return version;
        }

        var encoded = new StringBuilder(version.Length + 8);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < version.Length; i++)
        {
            var c = version[i];
            if (c > ' ' && c <= '~' && !MustEncodeAscii.Contains(c))
            {
                encoded.Append(c);
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < version.Length
                ? Encoding.UTF8.GetBytes(version.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(version.AsSpan(i, 1), bytes);
            foreach (var b in bytes[..length])
            {
                encoded.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
        }

        return encoded.ToString();
    }

    /// <summary>
    /// Decodes the percent-encoding of one version. In strict mode the encoding must be canonical: upper-case hex, and
    /// only characters that must be encoded. Returns null and the offending position on failure.
    /// </summary>
    public static string? Decode(ReadOnlySpan<char> text, bool strict, out int errorOffset, out string? reason)
    {
        errorOffset = 0;
        reason = null;
        if (text.IndexOf('%') < 0)
        {
            return text.ToString();
        }

        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '%')
            {
                bytes.Add((byte)text[i]);
                continue;
            }

            if (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2]))
            {
                (errorOffset, reason) = (i, "invalid percent-encoding in version: '%' must start a %XX triplet");
                return null;
            }

            if (strict && (text[i + 1] is >= 'a' and <= 'f' || text[i + 2] is >= 'a' and <= 'f'))
            {
                (errorOffset, reason) = (i, "percent-encoding in version is not canonical: hex digits must be upper case");
                return null;
            }

            var value = (byte)((HexValue(text[i + 1]) << 4) | HexValue(text[i + 2]));
            if (strict && value is > 0x20 and < 0x7F && !MustEncodeAscii.Contains((char)value))
            {
                (errorOffset, reason) = (i, $"percent-encoding in version is not canonical: '{(char)value}' must not be encoded");
                return null;
            }

            bytes.Add(value);
            i += 2;
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            (errorOffset, reason) = (0, "invalid percent-encoding in version: the bytes are not UTF-8");
            return null;
        }
    }

    private const string HexDigits = "0123456789ABCDEF";

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static readonly System.Buffers.SearchValues<char> MustEncodeAscii = System.Buffers.SearchValues.Create("%><=!*|");
}
