using System.Buffers;
using System.Text.Unicode;

namespace MedVigil.Standards.Purl;

/// <summary>ECMA-427 §5.4 percent-encoding: everything but the allowed set and ':' becomes UTF-8 %XX (uppercase hex).</summary>
internal static class PercentEncoding
{
    private static readonly SearchValues<char> Unencoded =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_~:");

    /// <summary>The length of <paramref name="value"/> once encoded.</summary>
    public static int EncodedLength(ReadOnlySpan<char> value)
    {
        var first = value.IndexOfAnyExcept(Unencoded);
        if (first < 0)
        {
            return value.Length;
        }

        var length = first;
        foreach (var rune in value[first..].EnumerateRunes())
        {
            length += rune.IsAscii && Unencoded.Contains((char)rune.Value) ? 1 : 3 * rune.Utf8SequenceLength;
        }

        return length;
    }

    /// <summary>Writes <paramref name="value"/> encoded into <paramref name="destination"/>; returns the chars written.</summary>
    public static int Encode(ReadOnlySpan<char> value, Span<char> destination)
    {
        var first = value.IndexOfAnyExcept(Unencoded);
        if (first < 0)
        {
            value.CopyTo(destination);
            return value.Length;
        }

        value[..first].CopyTo(destination);
        var written = first;
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in value[first..].EnumerateRunes())
        {
            if (rune.IsAscii && Unencoded.Contains((char)rune.Value))
            {
                destination[written++] = (char)rune.Value;
                continue;
            }

            var count = rune.EncodeToUtf8(utf8);
            for (var i = 0; i < count; i++)
            {
                destination[written++] = '%';
                destination[written++] = HexDigit(utf8[i] >> 4);
                destination[written++] = HexDigit(utf8[i] & 0xF);
            }
        }

        return written;
    }

    /// <summary>
    /// Decodes <paramref name="value"/> into <paramref name="destination"/> (at least as long as the value). On failure
    /// <paramref name="errorOffset"/> is the offset in <paramref name="value"/> of the bad escape, or -1 when the
    /// decoded bytes are not UTF-8.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<char> value, Span<char> destination, out int written, out int errorOffset)
    {
        errorOffset = 0;
        var firstEscape = value.IndexOf('%');
        if (firstEscape < 0)
        {
            value.CopyTo(destination);
            written = value.Length;
            return true;
        }

        // Non-ASCII characters (lenient input) take up to 3 UTF-8 bytes; escapes shrink 3 chars to 1 byte.
        var rented = value.Length > 512 ? ArrayPool<byte>.Shared.Rent(value.Length * 3) : null;
        Span<byte> bytes = rented is null ? stackalloc byte[value.Length * 3] : rented;
        try
        {
            var count = 0;
            var i = 0;
            while (i < value.Length)
            {
                var run = value[i..].IndexOf('%');
                if (run != 0)
                {
                    // A run of literal characters: any non-ASCII ones (lenient input) go in as UTF-8.
                    var literal = run < 0 ? value[i..] : value.Slice(i, run);
                    if (Utf8.FromUtf16(literal, bytes[count..], out _, out var added, replaceInvalidSequences: false)
                        != OperationStatus.Done)
                    {
                        (written, errorOffset) = (0, -1);
                        return false;
                    }

                    count += added;
                    i += literal.Length;
                    continue;
                }

                if (i + 2 >= value.Length || HexValue(value[i + 1]) < 0 || HexValue(value[i + 2]) < 0)
                {
                    (written, errorOffset) = (0, i);
                    return false;
                }

                bytes[count++] = (byte)((HexValue(value[i + 1]) << 4) | HexValue(value[i + 2]));
                i += 3;
            }

            var status = Utf8.ToUtf16(bytes[..count], destination, out _, out written, replaceInvalidSequences: false);
            errorOffset = status == OperationStatus.Done ? 0 : -1;
            return status == OperationStatus.Done;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static char HexDigit(int nibble) => (char)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };
}
