using MedVigil.Formats.Common;
using System.Globalization;
using CsvHelper;

namespace MedVigil.Formats.Inventory;

/// <summary>
/// One reading of a CSV file: the parser's settings, the header then the rows, the limits (size, rows, cell
/// length) that end the reading, and the records put parents first.
/// </summary>
internal sealed class InventoryCsvSession(InventoryReadOptions? options)
{
    private readonly List<InventoryIssue> issues = [];
    private readonly Dictionary<long, CsvMalformedReason> malformed = [];
    private readonly List<InventoryRecord> records = [];
    private InventoryCsvHeader? header;
    private long lastLine;

    public InventoryReadOptions Options { get; } = options ?? InventoryReadOptions.Default;

    // A record holds at most every column at the longest cell, quoted; anything longer is hostile or broken.
    private int MaxRecordSize => (int)Math.Min(int.MaxValue / 2, Math.Max(64L * 1024, (long)Options.MaxFieldLength * 2 * (InventoryCsvColumns.Count + 8)));

    /// <summary>Reads the file that <paramref name="open"/> opens with the given parser settings.</summary>
    public InventoryReadResult Run(Func<CsvReaderOptions, CsvReader> open)
    {
        try
        {
            using var csv = open(CsvOptions());
            ReadAll(csv);
        }
        catch (InputTooLargeException e)
        {
            issues.Add(new InventoryIssue("file", "size", string.Create(CultureInfo.InvariantCulture,
                $"the file is larger than {e.Limit} bytes, the limit; reading stopped after line {lastLine}")));
        }
        catch (CsvFormatException e)
        {
            var line = e.LineNumber > 0 ? e.LineNumber : lastLine + 1;
            issues.Add(new InventoryIssue(InventoryCsvLocation.Line(line), "row", string.Create(CultureInfo.InvariantCulture,
                $"the record is longer than {MaxRecordSize} bytes: a cell is longer than {Options.MaxFieldLength} characters or a quote is never closed; reading stopped")));
        }

        return new InventoryReadResult(header is null ? [] : ParentsFirst(header), issues);
    }

    private CsvReaderOptions CsvOptions() => new()
    {
        Separator = ',',
        HasHeader = false,
        Mode = CsvMode.Rfc4180,
        TrackLineNumbers = true,
        SkipEmptyLines = true,
        DetectSeparatorHint = false,
        AllowLineBreaksInQuotes = true,
        MalformedData = CsvMalformedDataHandling.Recover,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MaxRecordSize = MaxRecordSize,
        OnMalformedRecord = m => malformed.TryAdd(m.LineNumber, m.Reason),
    };

    private void ReadAll(CsvReader csv)
    {
        if (!csv.Read())
        {
            issues.Add(new InventoryIssue(InventoryCsvLocation.Line(1), "header", "the file is empty; expected a header row with " + InventoryCsvColumns.Accepted));
            return;
        }

        lastLine = csv.LineNumber;
        var headerCells = Cells(csv, null);
        if (headerCells is null)
        {
            return;
        }

        header = InventoryCsvHeader.Read(headerCells, InventoryCsvLocation.Line(csv.LineNumber), issues);
        var rowReader = new InventoryCsvRowReader(header, issues, malformed);
        var rows = 0;
        while (csv.Read())
        {
            var line = csv.LineNumber;
            lastLine = line;
            var cells = Cells(csv, header);
            if (cells is null)
            {
                return;
            }

            if (Array.TrueForAll(cells, string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (++rows > Options.MaxRows)
            {
                issues.Add(new InventoryIssue(InventoryCsvLocation.Line(line), "rows", string.Create(CultureInfo.InvariantCulture,
                    $"the file has more than {Options.MaxRows} data rows, the limit; reading stopped")));
                return;
            }

            var record = rowReader.Read(cells, line);
            if (record is not null && header.IsValid)
            {
                records.Add(record);
            }
        }
    }

    /// <summary>The trimmed cells, or null (and an issue) when one is longer than the limit.</summary>
    /// <param name="header">The header that names the cells, or null for the header row itself.</param>
    private string[]? Cells(CsvReader csv, InventoryCsvHeader? header)
    {
        var cells = new string[csv.FieldCount];
        for (var i = 0; i < cells.Length; i++)
        {
            var value = csv.GetString(i);
            if (value.Length > Options.MaxFieldLength)
            {
                var column = header is null ? string.Create(CultureInfo.InvariantCulture, $"column {i + 1}") : header.CellLocation(i);
                issues.Add(new InventoryIssue(InventoryCsvLocation.Line(csv.LineNumber), column, string.Create(CultureInfo.InvariantCulture,
                    $"the cell is longer than {Options.MaxFieldLength} characters, the limit; reading stopped")));
                return null;
            }

            cells[i] = value.Trim();
        }

        return cells;
    }

    /// <summary>The records with each parent before its children; records whose parents form a cycle are issues.</summary>
    private List<InventoryRecord> ParentsFirst(InventoryCsvHeader header)
    {
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            indexOf.TryAdd(records[i].AssetId, i);
        }

        var parents = records.Select(r => r.ParentAssetId is { } p && indexOf.TryGetValue(p, out var j) ? j : (int?)null).ToList();
        var order = ParentOrdering.Order(parents, [.. records.Select(r => r.AssetId)], out var cycles);
        foreach (var (index, cycle) in cycles.OrderBy(c => c.Key))
        {
            issues.Add(new InventoryIssue(records[index].Location, header.ColumnLocation(InventoryColumn.ParentAssetId),
                "the parents form a cycle: " + cycle));
        }

        return [.. order.Where(i => !cycles.ContainsKey(i)).Select(i => records[i])];
    }
}
