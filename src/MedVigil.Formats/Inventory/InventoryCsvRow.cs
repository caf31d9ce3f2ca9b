namespace MedVigil.Formats.Inventory;

/// <summary>
/// One data row's trimmed cells, read by column, with the checks every cell shares: required, length limit, and
/// a validation of a non-empty cell. Issues go to <paramref name="issues"/>, located at the row and column.
/// </summary>
internal readonly struct InventoryCsvRow(InventoryCsvHeader header, string[] cells, string location, List<InventoryIssue> issues)
{
    /// <summary>The trimmed cell, or null when it is empty or its column is not in the file.</summary>
    public string? Value(InventoryColumn column) =>
        header.TryGetPosition(column, out var i) && cells[i].Length > 0 ? cells[i] : null;

    public void Add(InventoryColumn column, string reason) =>
        issues.Add(new InventoryIssue(location, header.ColumnLocation(column), reason));

    /// <summary>The cell, which must not be empty; null without an issue when the header lacks the column.</summary>
    public string? Required(InventoryColumn column, int maxLength)
    {
        if (!header.Has(column))
        {
            return null; // the header issue says so
        }

        var value = Value(column);
        if (value is null)
        {
            Add(column, InventoryCsvColumns.NameOf(column) + " is required");
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
            Add(column, InventoryRules.TooLong(InventoryCsvColumns.NameOf(column), maxLength));
        }

        return value;
    }
}
