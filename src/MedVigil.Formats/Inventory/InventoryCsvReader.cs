using System.Collections.Frozen;
using System.Globalization;
using CsvHelper;
using MedVigil.Domain.Devices;

namespace MedVigil.Formats.Inventory;

/// <summary>
/// Reads a device inventory CSV (RFC 4180, UTF-8, comma separated, a header row first).
/// </summary>
/// <remarks>
/// <para>
/// The header names the columns in any order, matched without case and surrounding spaces:
/// <c>asset_id, manufacturer, model, model_number, software_version</c> (required, in that order of the
/// documented header), then the optional <c>serial_number, care_unit, clinical_function, exposure, ip_address,
/// hostname, mac_address, vlan, holds_patient_data, os, os_end_of_support, parent_asset_id</c>. An unknown,
/// unnamed or repeated column, or a missing required one, is an issue on the header line, and then no record
/// is returned: the rows cannot be trusted when their columns are not.
/// </para>
/// <para>
/// Cells are trimmed. Every problem is collected, not only the first, each located as <c>line N</c> (the
/// physical line where the record starts, the header being line 1 when the file starts with it; a quoted cell
/// spanning lines does not shift the lines after it) and <c>column K (name)</c>. A row with any issue is left out
/// of <see cref="InventoryReadResult.Records"/>. Empty lines, and rows whose cells are all empty (as
/// spreadsheets write them), are skipped. Passing an <see cref="InventoryReadOptions"/> limit is an issue that
/// ends the reading.
/// </para>
/// <para>
/// Records come parents first: a row whose <c>parent_asset_id</c> names another row of the file follows that
/// row, so an importer can create them in order; rows whose parents form a cycle are issues.
/// </para>
/// </remarks>
public static class InventoryCsvReader
{
    private static readonly (string Name, InventoryColumn Column)[] Known =
    [
        ("asset_id", InventoryColumn.AssetId),
        ("manufacturer", InventoryColumn.Manufacturer),
        ("model", InventoryColumn.Model),
        ("model_number", InventoryColumn.ModelNumber),
        ("software_version", InventoryColumn.SoftwareVersion),
        ("serial_number", InventoryColumn.SerialNumber),
        ("care_unit", InventoryColumn.CareUnit),
        ("clinical_function", InventoryColumn.ClinicalFunction),
        ("exposure", InventoryColumn.Exposure),
        ("ip_address", InventoryColumn.IpAddress),
        ("hostname", InventoryColumn.Hostname),
        ("mac_address", InventoryColumn.MacAddress),
        ("vlan", InventoryColumn.Vlan),
        ("holds_patient_data", InventoryColumn.HoldsPatientData),
        ("os", InventoryColumn.Os),
        ("os_end_of_support", InventoryColumn.OsEndOfSupport),
        ("parent_asset_id", InventoryColumn.ParentAssetId),
        ("owner", InventoryColumn.Owner),
    ];

    private static readonly FrozenDictionary<string, InventoryColumn> ByName =
        Known.ToFrozenDictionary(k => k.Name, k => k.Column, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<InventoryColumn, string> NameOf = Known.ToFrozenDictionary(k => k.Column, k => k.Name);

    private static readonly FrozenSet<string> TrueValues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "true", "yes", "1", "y");

    private static readonly FrozenSet<string> FalseValues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "false", "no", "0", "n");

    /// <summary>The accepted header names, in the documented order.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } = [.. Known.Select(k => k.Name)];

    /// <summary>The header names a file must have.</summary>
    public static IReadOnlyList<string> RequiredColumnNames { get; } = [.. ColumnNames.Take(5)];

    /// <summary>Reads an inventory from text; a leading byte order mark is ignored.</summary>
    public static InventoryReadResult Read(TextReader reader, InventoryReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var session = new Session(options ?? InventoryReadOptions.Default);
        using var limited = new LimitedTextReader(reader, session.Options.MaxBytes);
        return session.Run(() => CsvReader.Create(limited, session.CsvOptions(), leaveOpen: true));
    }

    /// <summary>Reads an inventory from a stream: UTF-8, or UTF-16/32 with a byte order mark. The stream stays open.</summary>
    public static InventoryReadResult Read(Stream stream, InventoryReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var session = new Session(options ?? InventoryReadOptions.Default);
        using var limited = new LimitedStream(stream, session.Options.MaxBytes);
        return session.Run(() => CsvReader.Create(limited, session.CsvOptions(), leaveOpen: true));
    }

    private static string Accepted => string.Join(", ", ColumnNames);

    private static string WireNames<TEnum>() where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(DeviceVocabulary.ToWire));

    /// <summary>The state of one reading.</summary>
    private sealed class Session(InventoryReadOptions options)
    {
        private readonly List<InventoryIssue> issues = [];
        private readonly Dictionary<long, CsvMalformedReason> malformed = [];
        private readonly Dictionary<string, long> firstLineOf = new(StringComparer.Ordinal);
        private readonly List<InventoryRecord> records = [];
        private Dictionary<InventoryColumn, int> positions = [];
        private long lastLine;

        public InventoryReadOptions Options { get; } = options;

        public CsvReaderOptions CsvOptions() => new()
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

        // A record holds at most every column at the longest cell, quoted; anything longer is hostile or broken.
        private int MaxRecordSize => (int)Math.Min(int.MaxValue / 2, Math.Max(64L * 1024, (long)Options.MaxFieldLength * 2 * (Known.Length + 8)));

        public InventoryReadResult Run(Func<CsvReader> open)
        {
            try
            {
                using var csv = open();
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
                issues.Add(new InventoryIssue(Line(line), "row", string.Create(CultureInfo.InvariantCulture,
                    $"the record is longer than {MaxRecordSize} bytes: a cell is longer than {Options.MaxFieldLength} characters or a quote is never closed; reading stopped")));
            }

            return new InventoryReadResult(Ordered(), issues);
        }

        private static string Line(long line) => string.Create(CultureInfo.InvariantCulture, $"line {line}");

        private static string Label(int index, string name) =>
            string.Create(CultureInfo.InvariantCulture, $"column {index + 1} ({name})");

        private void ReadAll(CsvReader csv)
        {
            if (!csv.Read())
            {
                issues.Add(new InventoryIssue(Line(1), "header", "the file is empty; expected a header row with " + Accepted));
                return;
            }

            lastLine = csv.LineNumber;
            var header = Cells(csv, null);
            if (header is null)
            {
                return;
            }

            var headerIsValid = ReadHeader(header, csv.LineNumber);
            var provided = positions.Keys.ToFrozenSet();
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
                    issues.Add(new InventoryIssue(Line(line), "rows", string.Create(CultureInfo.InvariantCulture,
                        $"the file has more than {Options.MaxRows} data rows, the limit; reading stopped")));
                    return;
                }

                var record = ReadRow(cells, header.Length, line, provided);
                if (record is not null && headerIsValid)
                {
                    records.Add(record);
                }
            }
        }

        /// <summary>The trimmed cells, or null (and an issue) when one is longer than the limit.</summary>
        private string[]? Cells(CsvReader csv, string[]? header)
        {
            var cells = new string[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                var value = csv.GetString(i);
                if (value.Length > Options.MaxFieldLength)
                {
                    var column = header is null ? string.Create(CultureInfo.InvariantCulture, $"column {i + 1}")
                        : Label(i, i < header.Length ? ColumnName(header[i]) : "beyond the header");
                    issues.Add(new InventoryIssue(Line(csv.LineNumber), column, string.Create(CultureInfo.InvariantCulture,
                        $"the cell is longer than {Options.MaxFieldLength} characters, the limit; reading stopped")));
                    return null;
                }

                cells[i] = value.Trim();
            }

            return cells;
        }

        private static string ColumnName(string headerCell) =>
            ByName.TryGetValue(headerCell, out var column) ? NameOf[column] : headerCell;

        private bool ReadHeader(string[] header, long line)
        {
            var before = issues.Count;
            positions = [];
            for (var i = 0; i < header.Length; i++)
            {
                header[i] = header[i].Trim('\uFEFF', ' ', '\t');
                var name = header[i];
                if (name.Length == 0)
                {
                    issues.Add(new InventoryIssue(Line(line), Label(i, ""), "the column has no name; accepted columns: " + Accepted));
                }
                else if (!ByName.TryGetValue(name, out var column))
                {
                    issues.Add(new InventoryIssue(Line(line), Label(i, name), $"unknown column '{name}'; accepted columns: {Accepted}"));
                }
                else if (positions.TryGetValue(column, out var first))
                {
                    issues.Add(new InventoryIssue(Line(line), Label(i, NameOf[column]), string.Create(CultureInfo.InvariantCulture,
                        $"duplicate column '{NameOf[column]}', already column {first + 1}")));
                }
                else
                {
                    positions[column] = i;
                }
            }

            foreach (var required in RequiredColumnNames)
            {
                if (!positions.ContainsKey(ByName[required]))
                {
                    issues.Add(new InventoryIssue(Line(line), "header", $"required column '{required}' is missing"));
                }
            }

            return issues.Count == before;
        }

        private InventoryRecord? ReadRow(string[] cells, int headerLength, long line, IReadOnlySet<InventoryColumn> provided)
        {
            var location = Line(line);
            var before = issues.Count;
            if (malformed.Remove(line, out var reason))
            {
                issues.Add(new InventoryIssue(location, "row", Describe(reason)));
            }

            if (cells.Length != headerLength)
            {
                issues.Add(new InventoryIssue(location, "row", string.Create(CultureInfo.InvariantCulture,
                    $"the row has {cells.Length} cells but the header has {headerLength}")));
                return null;
            }

            var row = new Row(this, cells, location);
            var assetId = row.Required(InventoryColumn.AssetId, Device.AssetIdMaxLength);
            var manufacturer = row.Required(InventoryColumn.Manufacturer, InventoryRules.ManufacturerMaxLength);
            var model = row.Required(InventoryColumn.Model, InventoryRules.ModelMaxLength);
            var modelNumber = row.Optional(InventoryColumn.ModelNumber, InventoryRules.ModelNumberMaxLength);
            var softwareVersion = row.Optional(InventoryColumn.SoftwareVersion, InventoryRules.SoftwareVersionMaxLength);
            var serialNumber = row.Optional(InventoryColumn.SerialNumber, InventoryRules.SerialNumberMaxLength);
            var careUnit = row.Optional(InventoryColumn.CareUnit, InventoryRules.CareUnitMaxLength);
            var os = row.Optional(InventoryColumn.Os, InventoryRules.OsMaxLength);
            var parentAssetId = row.Optional(InventoryColumn.ParentAssetId, Device.AssetIdMaxLength);
            var owner = row.Optional(InventoryColumn.Owner, InventoryRules.OwnerMaxLength);

            var function = ClinicalFunction.Unknown;
            row.Check(InventoryColumn.ClinicalFunction, v => DeviceVocabulary.TryParse(v, out function),
                v => $"{InventoryRules.Quote(v)} is not a clinical function; accepted values: {WireNames<ClinicalFunction>()} (or empty)");
            var exposure = Exposure.Unknown;
            row.Check(InventoryColumn.Exposure, v => DeviceVocabulary.TryParse(v, out exposure),
                v => $"{InventoryRules.Quote(v)} is not an exposure; accepted values: {WireNames<Exposure>()} (or empty)");
            string? ip = null;
            row.Check(InventoryColumn.IpAddress, v => NetworkIdentity.TryNormalizeIp(v, out ip),
                v => $"{InventoryRules.Quote(v)} is not an IPv4 or IPv6 address");
            string? mac = null;
            row.Check(InventoryColumn.MacAddress, v => NetworkIdentity.TryNormalizeMac(v, out mac),
                v => $"{InventoryRules.Quote(v)} is not a MAC address (like 00:1A:2B:3C:4D:5E)");
            int? vlan = null;
            row.Check(InventoryColumn.Vlan, v => NetworkIdentity.TryParseVlan(v, out vlan),
                v => $"{InventoryRules.Quote(v)} is not a VLAN id (a whole number from 1 to 4094)");
            row.Check(InventoryColumn.Hostname, NetworkIdentity.IsValidHostname,
                v => $"{InventoryRules.Quote(v)} is not an RFC 1123 host name");
            var holdsPatientData = false;
            row.Check(InventoryColumn.HoldsPatientData, v => TryParseBool(v, out holdsPatientData),
                v => $"{InventoryRules.Quote(v)} is not a yes/no value; accepted values: true, false, yes, no, 1, 0, y, n (or empty)");
            DateOnly? endOfSupport = null;
            row.Check(InventoryColumn.OsEndOfSupport, v => TryParseDate(v, out endOfSupport),
                v => $"{InventoryRules.Quote(v)} is not a date in the form yyyy-MM-dd");

            if (parentAssetId is not null && string.Equals(parentAssetId, assetId, StringComparison.Ordinal))
            {
                row.Add(InventoryColumn.ParentAssetId, "a device cannot be its own parent");
            }

            if (assetId is not null && !firstLineOf.TryAdd(assetId, line))
            {
                row.Add(InventoryColumn.AssetId, string.Create(CultureInfo.InvariantCulture,
                    $"asset_id {InventoryRules.Quote(assetId)} is already used on line {firstLineOf[assetId]}"));
            }

            if (issues.Count != before || assetId is null || manufacturer is null || model is null)
            {
                return null; // null without an issue: the header lacks the column, and says so
            }

            return new InventoryRecord
            {
                Location = location,
                AssetId = assetId,
                Manufacturer = manufacturer,
                Model = model,
                ModelNumber = modelNumber,
                SoftwareVersion = softwareVersion ?? InventoryRules.UnknownVersion,
                SerialNumber = serialNumber,
                CareUnit = careUnit,
                ClinicalFunction = function,
                Exposure = exposure,
                IpAddress = ip,
                Hostname = row.Value(InventoryColumn.Hostname),
                MacAddress = mac,
                Vlan = vlan,
                HoldsPatientData = holdsPatientData,
                Os = os,
                OsEndOfSupport = endOfSupport,
                ParentAssetId = parentAssetId,
                Owner = owner,
                Provided = provided,
            };
        }

        private List<InventoryRecord> Ordered()
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
                issues.Add(new InventoryIssue(records[index].Location, Label(positions[InventoryColumn.ParentAssetId], "parent_asset_id"),
                    "the parents form a cycle: " + cycle));
            }

            return [.. order.Where(i => !cycles.ContainsKey(i)).Select(i => records[i])];
        }

        private static string Describe(CsvMalformedReason reason) => reason switch
        {
            CsvMalformedReason.UnterminatedQuote => "a quoted cell is never closed (it runs to the end of the file)",
            CsvMalformedReason.StrayQuote => "a quote inside an unquoted cell; quote the whole cell and double the quotes in it",
            CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a cell; quote the whole cell and double the quotes in it",
            _ => "malformed quoting (" + reason + ")",
        };

        private static bool TryParseBool(string text, out bool value)
        {
            value = TrueValues.Contains(text);
            return value || FalseValues.Contains(text);
        }

        private static bool TryParseDate(string text, out DateOnly? value)
        {
            var ok = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
            value = ok ? date : null;
            return ok;
        }

        /// <summary>One data row's cells, read by column, with its issues going to the session.</summary>
        private readonly struct Row(Session session, string[] cells, string location)
        {
            /// <summary>The trimmed cell, or null when it is empty or its column is not in the file.</summary>
            public string? Value(InventoryColumn column) =>
                session.positions.TryGetValue(column, out var i) && cells[i].Length > 0 ? cells[i] : null;

            public void Add(InventoryColumn column, string reason) =>
                session.issues.Add(new InventoryIssue(location, Label(session.positions[column], NameOf[column]), reason));

            public string? Required(InventoryColumn column, int maxLength)
            {
                if (!session.positions.ContainsKey(column))
                {
                    return null; // the header issue says so
                }

                var value = Value(column);
                if (value is null)
                {
                    Add(column, NameOf[column] + " is required");
                }

                return Limit(column, value, maxLength);
            }

            public string? Optional(InventoryColumn column, int maxLength) => Limit(column, Value(column), maxLength);

            /// <summary>Validates a non-empty cell; an empty one keeps the default.</summary>
            public void Check(InventoryColumn column, Func<string, bool> isValid, Func<string, string> reason)
            {
                if (Value(column) is { } value && !isValid(value))
                {
                    Add(column, reason(value));
                }
            }

            private string? Limit(InventoryColumn column, string? value, int maxLength)
            {
                if (value is not null && value.Length > maxLength)
                {
                    Add(column, InventoryRules.TooLong(NameOf[column], maxLength));
                }

                return value;
            }
        }
    }
}
