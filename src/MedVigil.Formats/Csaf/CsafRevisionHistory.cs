using System.Globalization;
using System.Text.Json;

namespace MedVigil.Formats.Csaf;

/// <summary>A revision history item with its parsed number and date, and the ordering the mandatory tests use.</summary>
internal sealed record CsafRevisionItem(CsafNode Node, string Number, CsafVersionNumber? Version, DateTimeOffset? Date)
{
    public string NumberPointer => CsafPointer.Property(Node.Pointer, "number");

    /// <summary>The items of <c>/document/tracking/revision_history</c> sorted ascending by date, then by number.</summary>
    public static List<CsafRevisionItem> SortedByDate(JsonElement root) =>
        [.. All(root).OrderBy(i => i.Date ?? DateTimeOffset.MinValue).ThenBy(i => i.Version)];

    public static IEnumerable<CsafRevisionItem> All(JsonElement root) =>
        CsafSelect.All(root, "/document/tracking/revision_history/*")
            .Where(n => n.MemberText("number") is not null)
            .Select(n => new CsafRevisionItem(n, n.MemberText("number")!, CsafVersionNumber.Parse(n.MemberText("number")), ParseDate(n.MemberText("date"))));

    public static DateTimeOffset? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}
