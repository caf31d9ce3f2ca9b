using System.Text.Json;
using MedVigil.Testing;

namespace MedVigil.Standards.Tests.Ssvc;

/// <summary>One row of an official SSVC table file: its row number as the file gives it, the input cells and the outcome cell.</summary>
internal sealed record TableCase(int Row, IReadOnlyList<string> Inputs, string Outcome);

/// <summary>Reads SSVC's decision tables from ../shared/data/ssvc, as JSON (cells as value summaries) or CSV (cells as names).</summary>
internal static class OfficialTableFiles
{
    public static JsonDocument Json(params string[] path) => JsonDocument.Parse(File.ReadAllText(SharedData.Path(["ssvc", .. path])));

    /// <summary>The JSON mapping rows, each cell turned into the value summary <c>namespace:key:version:valueKey</c>; the row is its index.</summary>
    public static IReadOnlyList<TableCase> JsonCases(JsonDocument table)
    {
        var outcome = table.RootElement.GetProperty("outcome").GetString()!;
        var inputs = InputColumns(table);
        return table.RootElement.GetProperty("mapping").EnumerateArray()
            .Select((row, index) => new TableCase(
                index,
                inputs.Select(column => $"{column}:{row.GetProperty(column).GetString()}").ToList(),
                $"{outcome}:{row.GetProperty(outcome).GetString()}"))
            .ToList();
    }

    /// <summary>The decision point ids of the input columns, in the table's order.</summary>
    public static IReadOnlyList<string> InputColumns(JsonDocument table)
    {
        var outcome = table.RootElement.GetProperty("outcome").GetString();
        return table.RootElement.GetProperty("decision_points").EnumerateObject()
            .Select(p => p.Name).Where(name => name != outcome).ToList();
    }

    /// <summary>
    /// CSV rows after the header: the first column is the row number when <paramref name="numbered"/>, the last is the
    /// outcome. Cells are trimmed because the legacy child trees pad them with spaces.
    /// </summary>
    public static IReadOnlyList<TableCase> CsvCases(string[] path, bool numbered)
    {
        var lines = File.ReadAllLines(SharedData.Path(["ssvc", .. path])).Skip(1).Where(line => line.Length > 0);
        return lines.Select((line, index) =>
            {
                var cells = line.Split(',').Select(cell => cell.Trim()).ToArray();
                var first = numbered ? 1 : 0;
                return new TableCase(
                    numbered ? int.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture) : index,
                    cells[first..^1], cells[^1]);
            })
            .ToList();
    }
}
