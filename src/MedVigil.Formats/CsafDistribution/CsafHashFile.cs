using System.Security.Cryptography;
using System.Text;

namespace MedVigil.Formats.CsafDistribution;

/// <summary>Which hash a <c>.sha256</c> or <c>.sha512</c> file holds.</summary>
public enum CsafHashAlgorithm
{
    Sha256,
    Sha512,
}

/// <summary>
/// A hash file beside a CSAF document (§7.1.18): <c>HEX</c> or <c>HEX  filename</c> (the <c>sha256sum</c> form, a
/// <c>*</c> before the name allowed). <see cref="Verify"/> compares it with the bytes in constant time.
/// </summary>
public sealed record CsafHashFile(CsafHashAlgorithm Algorithm, string Hex)
{
    /// <summary>The largest hash file read.</summary>
    public const int MaxBytes = 4096;

    /// <summary>The algorithm of a hash file's URL (<c>….sha256</c>, <c>….sha512</c>), or null.</summary>
    public static CsafHashAlgorithm? AlgorithmOf(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.AbsolutePath.EndsWith(".sha256", StringComparison.OrdinalIgnoreCase) ? CsafHashAlgorithm.Sha256
            : url.AbsolutePath.EndsWith(".sha512", StringComparison.OrdinalIgnoreCase) ? CsafHashAlgorithm.Sha512
            : null;
    }

    /// <summary>Parses the file's bytes; an error message (what is wrong) when it holds no hash of that algorithm.</summary>
    public static (CsafHashFile? Hash, string? Error) Parse(CsafHashAlgorithm algorithm, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length > MaxBytes)
        {
            return (null, $"the hash file is larger than {MaxBytes} bytes");
        }

        var text = Encoding.UTF8.GetString(content).Trim();
        var hex = text.Split([' ', '\t', '\r', '\n'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var length = algorithm == CsafHashAlgorithm.Sha256 ? 64 : 128;
        return hex.Length == length && hex.All(char.IsAsciiHexDigit)
            ? (new CsafHashFile(algorithm, hex.ToLowerInvariant()), null)
            : (null, $"the hash file does not start with {length} hex digits");
    }

    /// <summary>The lower-case hex hash of <paramref name="bytes"/> with this file's algorithm.</summary>
    public string HashOf(byte[] bytes) => Convert.ToHexStringLower(Algorithm == CsafHashAlgorithm.Sha256 ? SHA256.HashData(bytes) : SHA512.HashData(bytes));

    public bool Verify(byte[] bytes) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(bytes)), Encoding.ASCII.GetBytes(Hex));
}
