using System.Collections.Frozen;
using System.Globalization;

namespace MedVigil.Formats.Inventory;

/// <summary>
/// The header row: which column stands at which position. An unnamed, unknown or repeated column, or a missing
/// required one, is an issue on the header line and makes the header invalid.
/// </summary>
internal sealed class InventoryCsvHeader
{
    private readonly string[] cells;
    private readonly Dictionary<InventoryColumn, int> positions;

    private InventoryCsvHeader(string[] cells, Dictionary<InventoryColumn, int> positions, bool isValid)
    {
        this.cells = cells;
        this.positions = positions;
        IsValid = isValid;
        Provided = positions.Keys.ToFrozenSet();
    }

    /// <summary>Whether the header had no issue; when it had, no row can be trusted.</summary>
    public bool IsValid { get; }

    /// <summary>The number of header cells, which every row must have.</summary>
    public int Length => cells.Length;

    /// <summary>The known columns the file has.</summary>
    public IReadOnlySet<InventoryColumn> Provided { get; }

    /// <summary>Reads the header cells (trimmed of byte order marks, spaces and tabs); issues go to <paramref name="issues"/>.</summary>
    public static InventoryCsvHeader Read(string[] cells, string location, List<InventoryIssue> issues)
    {
        var before = issues.Count;
        var positions = new Dictionary<InventoryColumn, int>();
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = cells[i].Trim('\uFEFF', ' ', '\t');
            var name = cells[i];
            if (name.Length == 0)
            {
                issues.Add(new InventoryIssue(location, InventoryCsvLocation.Column(i, ""), "the column has no name; accepted columns: " + InventoryCsvColumns.Accepted));
            }
            else if (!InventoryCsvColumns.TryParse(name, out var column))
            {
                issues.Add(new InventoryIssue(location, InventoryCsvLocation.Column(i, name), $"unknown column '{name}'; accepted columns: {InventoryCsvColumns.Accepted}"));
            }
            else if (positions.TryGetValue(column, out var first))
            {
                var known = InventoryCsvColumns.NameOf(column);
                issues.Add(new InventoryIssue(location, InventoryCsvLocation.Column(i, known), string.Create(CultureInfo.InvariantCulture,
                    $"duplicate column '{known}', already column {first + 1}")));
            }
            else
            {
                positions[column] = i;
            }
        }

        foreach (var required in InventoryCsvColumns.Required)
        {
            if (!positions.ContainsKey(InventoryCsvColumns.Parse(required)))
            {
                issues.Add(new InventoryIssue(location, "header", $"required column '{required}' is missing"));
            }
        }

        return new InventoryCsvHeader(cells, positions, issues.Count == before);
    }

    /// <summary>Whether the file has the column.</summary>
    public bool Has(InventoryColumn column) => positions.ContainsKey(column);

    /// <summary>The position of the column, if the file has it.</summary>
    public bool TryGetPosition(InventoryColumn column, out int position) => positions.TryGetValue(column, out position);

    /// <summary>The column as issues locate it; the file must have it.</summary>
    public string ColumnLocation(InventoryColumn column) => InventoryCsvLocation.Column(positions[column], InventoryCsvColumns.NameOf(column));

    /// <summary>The cell at <paramref name="index"/> of a data row as issues locate it, named by this header.</summary>
    public string CellLocation(int index) =>
        InventoryCsvLocation.Column(index, index < cells.Length ? InventoryCsvColumns.NameOf(cells[index]) : "beyond the header");
}
