using System.Globalization;
using System.IO.Compression;
using MedVigil.Application.Advisories;
using MedVigil.Domain.Common;

namespace MedVigil.Application.Feeds;

/// <summary>The zip-bomb guard of an OSV <c>all.zip</c> (ADR 0017): entries, bytes per entry and in all, once unpacked.</summary>
public sealed record OsvArchiveLimits
{
    public static OsvArchiveLimits Default { get; } = new();

    public int MaxEntries { get; init; } = 1_000_000;

    /// <summary>The most one entry may unpack to (the largest OSV record accepted).</summary>
    public long MaxEntryBytes { get; init; } = ImportOsv.MaxBytes;

    public long MaxTotalBytes { get; init; } = 4L * 1024 * 1024 * 1024;
}

/// <summary>
/// The records of an <c>all.zip</c>, checked before any is imported: a valid zip, at most
/// <see cref="OsvArchiveLimits.MaxEntries"/> entries, no entry declaring more than its limit, the declared total under
/// its limit. Each entry is then unpacked through a counting stream, so a size header that lies is caught too.
/// Only top-level <c>*.json</c> entries are records; the id is the file name.
/// </summary>
internal sealed class OsvArchive : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly OsvArchiveLimits _limits;
    private long _unpacked;

    private OsvArchive(ZipArchive zip, OsvArchiveLimits limits, IReadOnlyList<ZipArchiveEntry> records)
    {
        _zip = zip;
        _limits = limits;
        Records = records;
    }

    public IReadOnlyList<ZipArchiveEntry> Records { get; }

    public static Result<OsvArchive> Open(Uri url, byte[] bytes, OsvArchiveLimits limits)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            return Refused(url, "not a zip archive: " + e.Message);
        }

        if (Guard(zip, limits) is { } refusal)
        {
            zip.Dispose();
            return Refused(url, refusal);
        }

        var records = zip.Entries
            .Where(e => e.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !e.FullName.Contains('/', StringComparison.Ordinal)
                        && !e.FullName.Contains('\\', StringComparison.Ordinal))
            .ToList();
        return new OsvArchive(zip, limits, records);
    }

    /// <summary>Why the archive's entries, as declared, pass the limits; null when they do not.</summary>
    private static string? Guard(ZipArchive zip, OsvArchiveLimits limits)
    {
        if (zip.Entries.Count > limits.MaxEntries)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{zip.Entries.Count} entries, more than the {limits.MaxEntries} accepted");
        }

        if (zip.Entries.FirstOrDefault(e => e.Length > limits.MaxEntryBytes) is { } big)
        {
            return string.Create(CultureInfo.InvariantCulture, $"entry '{big.FullName}' unpacks to {big.Length} bytes, more than the {limits.MaxEntryBytes} accepted (a zip bomb?)");
        }

        var total = zip.Entries.Sum(e => e.Length);
        return total > limits.MaxTotalBytes
            ? string.Create(CultureInfo.InvariantCulture, $"the entries unpack to {total} bytes, more than the {limits.MaxTotalBytes} accepted (a zip bomb?)")
            : null;
    }

    public static string IdOf(ZipArchiveEntry entry) => entry.FullName[..^".json".Length];

    /// <summary>The entry's bytes, or why not (unpacks past a limit, corrupt): then the archive is refused from there on.</summary>
    public async Task<(byte[]? Bytes, string? Error)> ReadAsync(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await entry.OpenAsync(cancellationToken);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int count;
            while ((count = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                _unpacked += count;
                if (buffer.Length + count > _limits.MaxEntryBytes || _unpacked > _limits.MaxTotalBytes)
                {
                    return (null, string.Create(CultureInfo.InvariantCulture,
                        $"entry '{entry.FullName}' unpacks past the limits ({_limits.MaxEntryBytes} per entry, {_limits.MaxTotalBytes} in all)"));
                }

                buffer.Write(chunk, 0, count);
            }

            return (buffer.ToArray(), null);
        }
        catch (InvalidDataException e)
        {
            return (null, $"entry '{entry.FullName}' is corrupt: {e.Message}");
        }
    }

    public void Dispose() => _zip.Dispose();

    private static Error Refused(Uri url, string reason) =>
        new(ErrorKind.Validation, "osv_archive_refused", $"{url}: {reason}; nothing from it was imported.", [new FieldError(url.GetLeftPart(UriPartial.Path), reason)]);
}
