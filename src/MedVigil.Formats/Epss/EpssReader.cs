using System.Globalization;
using System.Text.RegularExpressions;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Epss;

/// <summary>
/// Reads a FIRST EPSS daily scores file (CSV, plain or gzip) row by row, so a file of 300,000 rows is never held in
/// memory: each good row goes to a callback as it is read. The optional first line is the comment
/// <c>#model_version:…,score_date:…</c>; the header must be <c>cve,epss,percentile</c>; scores may be written in
/// exponent notation (<c>2e-05</c>) and must lie in 0–1.
/// </summary>
/// <remarks>
/// Every bad row is an issue located <c>line N, column K</c> (both from 1; K counts fields) and is not handed on.
/// A file with any error must not be imported: the caller discards what the callback received (the rows already
/// delivered cannot be taken back). Size (after decompression), row count (<see cref="ReaderLimits.MaxItems"/>) and
/// line length (<see cref="ReaderLimits.MaxStringLength"/>) are limited; after <see cref="MaxRowIssues"/> bad rows
/// the reader stops.
/// </remarks>
public static partial class EpssReader
{
    /// <summary>Bad rows reported before the reader gives up on a file.</summary>
    public const int MaxRowIssues = 100;

    /// <summary>Reads the file, handing each good row to <paramref name="onRow"/>. The stream stays open.</summary>
    /// <returns>The file's model version, score date and row count; null when the file could not be read to its end.</returns>
    public static ReadResult<EpssFile> Read(Stream content, Action<EpssScore> onRow, ReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(onRow);
        limits ??= ReaderLimits.Default;
        var issues = new List<FormatIssue>();
        try
        {
            using var input = new EpssInput(content, limits);
            var session = new EpssSession(input.Text, limits, issues, onRow);
            var file = session.Run();
            if (!session.ReachedEnd || input.IsComplete)
            {
                return new ReadResult<EpssFile>(file, issues);
            }

            issues.Add(new FormatIssue(Where(session.Line, 1), "gzip-corrupt", "The gzip data ends early (its length does not match the gzip trailer)."));
        }
        catch (InputTooLargeException tooLarge)
        {
            issues.Add(new FormatIssue("", "limit-size", tooLarge.Message));
        }
        catch (InvalidDataException corrupt)
        {
            issues.Add(new FormatIssue("", "gzip-corrupt", "The gzip data is corrupt: " + corrupt.Message));
        }

        return new ReadResult<EpssFile>(null, issues);
    }

    /// <summary>Reads the file at <paramref name="path"/> (see the stream overload).</summary>
    public static ReadResult<EpssFile> Read(string path, Action<EpssScore> onRow, ReaderLimits? limits = null)
    {
        using var file = File.OpenRead(path);
        return Read(file, onRow, limits);
    }

    internal static string Where(long line, int column) =>
        string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}");

    [GeneratedRegex("^CVE-[0-9]{4}-[0-9]{4,19}$", RegexOptions.CultureInvariant)]
    internal static partial Regex CveId();
}
