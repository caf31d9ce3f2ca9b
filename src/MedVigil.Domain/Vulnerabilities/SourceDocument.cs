using System.Security.Cryptography;
using MedVigil.Domain.Common;

namespace MedVigil.Domain.Vulnerabilities;

/// <summary>
/// The raw bytes of an imported document (CSAF, and later SBOM, NVD page…), stored content-addressed by SHA-256
/// so every advisory or finding can point at exactly what it came from. Global reference data, like advisories:
/// the same bytes are stored once, whoever imported them first.
/// </summary>
public sealed class SourceDocument
{
    private SourceDocument()
    {
        Sha256 = MediaType = Format = string.Empty;
        Content = [];
    }

    /// <summary>The SHA-256 of <see cref="Content"/>, 64 lowercase hex digits: the key.</summary>
    public string Sha256 { get; private set; }

    /// <summary>The media type, e.g. <c>application/csaf+json</c>.</summary>
    public string MediaType { get; private set; }

    /// <summary>The format it was read as, e.g. <c>csaf-2.0</c>.</summary>
    public string Format { get; private set; }

    public long Length { get; private set; }

    public byte[] Content { get; private set; }

    /// <summary>When these bytes were first received; a later import of the same bytes changes nothing.</summary>
    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The lowercase hex SHA-256 of <paramref name="content"/>.</summary>
    public static string HashOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static SourceDocument Create(byte[] content, string mediaType, string format, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new SourceDocument
        {
            Sha256 = HashOf(content),
            MediaType = Guard.Text(mediaType, nameof(mediaType), 100),
            Format = Guard.Text(format, nameof(format), 40),
            Length = content.LongLength,
            Content = content,
            ReceivedAt = time.GetUtcNow(),
        };
    }
}
