using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MedVigil.Cli;

/// <summary>
/// Prints rows as an aligned table (for people), CSV (RFC 4180, header first) or a JSON array of objects — the
/// <c>--format table|csv|json</c> every listing command offers.
/// </summary>
internal static class RowFormats
{
    public static readonly string[] Names = ["table", "csv", "json"];

    /// <param name="jsonColumns">Columns whose cells are JSON already: written as JSON values in the json format, not as strings.</param>
    public static async Task WriteAsync(
        TextWriter output, string format, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, IReadOnlySet<string>? jsonColumns = null)
    {
        switch (format)
        {
            case "csv":
                await output.WriteLineAsync(string.Join(',', header.Select(Csv)));
                foreach (var row in rows)
                {
                    await output.WriteLineAsync(string.Join(',', row.Select(Csv)));
                }

                break;
            case "json":
                await output.WriteLineAsync(Json(header, rows, jsonColumns ?? new HashSet<string>()));
                break;
            default:
                await Table(output, header, [.. rows]);
                break;
        }
    }

    private static string Csv(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Json(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows, IReadOnlySet<string> jsonColumns)
    {
        using var stream = new MemoryStream();
        // Output for terminals and files, not HTML: no need to escape quotes and non-ASCII letters.
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var row in rows)
            {
                w.WriteStartObject();
                for (var i = 0; i < header.Count; i++)
                {
                    if (jsonColumns.Contains(header[i]) && row[i] is { } raw)
                    {
                        w.WritePropertyName(header[i]);
                        w.WriteRawValue(raw);
                    }
                    else
                    {
                        w.WriteString(header[i], row[i]);
                    }
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static async Task Table(TextWriter output, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        const int widest = 60; // long cells (explanations) are cut in the table; csv and json keep them whole
        var cells = rows.Select(r => r.Select(c => Cut(c ?? "", widest)).ToList()).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToList();
        await output.WriteLineAsync(Line(header.ToList(), widths));
        foreach (var row in cells)
        {
            await output.WriteLineAsync(Line(row, widths));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"({rows.Count} rows)"));
    }

    private static string Line(IReadOnlyList<string> cells, IReadOnlyList<int> widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Count - 1 ? c : c.PadRight(widths[i]))).TrimEnd();

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
