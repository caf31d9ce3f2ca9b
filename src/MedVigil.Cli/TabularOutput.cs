using System.Text;
using System.Text.Json;

namespace MedVigil.Cli;

/// <summary>
/// Writes rows as an aligned text table, RFC 4180 CSV or JSON, for the commands that take
/// <c>--format table|csv|json</c>. The JSON is the values themselves (camelCase), not the table's cells.
/// </summary>
internal static class TabularOutput
{
    public static readonly string[] Formats = ["table", "csv", "json"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task WriteAsync<T>(TextWriter output, string format, IReadOnlyList<string> header, IReadOnlyList<T> values, Func<T, IReadOnlyList<string?>> cells)
    {
        switch (format)
        {
            case "json":
                await output.WriteLineAsync(JsonSerializer.Serialize(values, Json));
                break;
            case "csv":
                await output.WriteLineAsync(string.Join(',', header.Select(Csv)));
                foreach (var value in values)
                {
                    await output.WriteLineAsync(string.Join(',', cells(value).Select(Csv)));
                }

                break;
            default:
                await WriteTableAsync(output, header, [.. values.Select(cells)]);
                break;
        }
    }

    private static async Task WriteTableAsync(TextWriter output, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        var widths = header.Select((h, i) => rows.Select(r => Cell(r[i]).Length).Prepend(h.Length).Max()).ToArray();
        foreach (var row in rows.Prepend(header))
        {
            var line = new StringBuilder();
            for (var i = 0; i < row.Count; i++)
            {
                line.Append(i == row.Count - 1 ? Cell(row[i]) : Cell(row[i]).PadRight(widths[i] + 2));
            }

            await output.WriteLineAsync(line.ToString().TrimEnd());
        }
    }

    // Line breaks in a cell would break the table's lines.
    private static string Cell(string? value) => (value ?? "").ReplaceLineEndings(" ");

    private static string Csv(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
