using MedVigil.Formats.Common;

namespace MedVigil.Formats.CycloneDx;

/// <summary>The raw bytes of a BOM, read within the size limit, and a look at how they start.</summary>
internal static class CycloneDxInput
{
    /// <summary>The bytes of <paramref name="content"/>, or an issue in <paramref name="tooLarge"/> when there are more than the limit.</summary>
    public static byte[] ReadAll(Stream content, ReaderLimits limits, out FormatIssue? tooLarge)
    {
        tooLarge = null;
        try
        {
            using var buffer = new MemoryStream();
            new LimitedStream(content, limits.MaxBytes).CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (InputTooLargeException e)
        {
            tooLarge = new FormatIssue("", "limit-size", e.Message);
            return [];
        }
    }

    /// <summary>Whether the first character after a UTF-8 byte order mark and white space is <c>&lt;</c>.</summary>
    public static bool LooksLikeXml(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b == (byte)'<';
            }
        }

        return false;
    }
}
