using MedVigil.Formats.Common;
using CsvHelper;

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
    // The work, file by file: InventoryCsvSession drives the parser and the limits; InventoryCsvHeader reads the
    // header; InventoryCsvRowReader validates each row (with InventoryCsvRow) into a record.

    /// <summary>The accepted header names, in the documented order.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } = InventoryCsvColumns.All;

    /// <summary>The header names a file must have.</summary>
    public static IReadOnlyList<string> RequiredColumnNames { get; } = InventoryCsvColumns.Required;

    /// <summary>Reads an inventory from text; a leading byte order mark is ignored.</summary>
    public static InventoryReadResult Read(TextReader reader, InventoryReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var session = new InventoryCsvSession(options);
        using var limited = new LimitedTextReader(reader, session.Options.MaxBytes);
        return session.Run(csvOptions => CsvReader.Create(limited, csvOptions, leaveOpen: true));
    }

    /// <summary>Reads an inventory from a stream: UTF-8, or UTF-16/32 with a byte order mark. The stream stays open.</summary>
    public static InventoryReadResult Read(Stream stream, InventoryReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var session = new InventoryCsvSession(options);
        using var limited = new LimitedStream(stream, session.Options.MaxBytes);
        return session.Run(csvOptions => CsvReader.Create(limited, csvOptions, leaveOpen: true));
    }
}
