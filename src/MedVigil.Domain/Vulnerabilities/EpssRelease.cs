using MedVigil.Domain.Common;

namespace MedVigil.Domain.Vulnerabilities;

/// <summary>
/// One imported FIRST EPSS daily file, pointing at its raw bytes. A file whose score date is not newer than every
/// imported one is stale and changes nothing. Global reference data.
/// </summary>
public sealed class EpssRelease
{
    private EpssRelease()
    {
        SourceDocumentSha256 = string.Empty;
    }

    /// <summary>The SHA-256 of the raw file (a <see cref="SourceDocument"/>): the key.</summary>
    public string SourceDocumentSha256 { get; private set; }

    public string? ModelVersion { get; private set; }

    public DateTimeOffset ScoreDate { get; private set; }

    /// <summary>How many scores the file held.</summary>
    public long Rows { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public static EpssRelease Create(string sha256, string? modelVersion, DateTimeOffset scoreDate, long rows, TimeProvider time) => new()
    {
        SourceDocumentSha256 = Guard.Text(sha256, nameof(sha256), 64),
        ModelVersion = Guard.OptionalText(modelVersion, nameof(modelVersion), 40),
        ScoreDate = scoreDate.ToUniversalTime(),
        Rows = rows,
        ImportedAt = time.GetUtcNow(),
    };
}
