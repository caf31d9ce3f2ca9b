using System.Globalization;

namespace MedVigil.Formats.Inventory;

/// <summary>How CSV issues locate a problem: <c>line N</c> and <c>column K (name)</c>, both counted from 1.</summary>
internal static class InventoryCsvLocation
{
    /// <summary>The physical line where a record starts.</summary>
    public static string Line(long line) => string.Create(CultureInfo.InvariantCulture, $"line {line}");

    /// <summary>A column by its index, counted from 0, and its name.</summary>
    public static string Column(int index, string name) =>
        string.Create(CultureInfo.InvariantCulture, $"column {index + 1} ({name})");
}
