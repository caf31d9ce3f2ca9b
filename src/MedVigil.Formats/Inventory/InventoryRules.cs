using System.Globalization;

namespace MedVigil.Formats.Inventory;

/// <summary>The field limits shared by every inventory reader (the same as the API's <c>DeviceInput</c>).</summary>
internal static class InventoryRules
{
    public const int ManufacturerMaxLength = 200;
    public const int ModelMaxLength = 200;
    public const int ModelNumberMaxLength = 100;
    public const int SoftwareVersionMaxLength = 100;
    public const int SerialNumberMaxLength = 100;
    public const int CareUnitMaxLength = 200;
    public const int OsMaxLength = 200;
    public const int OwnerMaxLength = 200;
    public const string UnknownVersion = "unknown";

    public static string TooLong(string field, int maxLength) =>
        string.Create(CultureInfo.InvariantCulture, $"{field} is longer than {maxLength} characters");

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string Quote(string value) => value.Length <= 80 ? $"'{value}'" : $"'{value[..77]}...'";
}

/// <summary>
/// Orders items so that a parent always comes before its children, keeping the input order otherwise, and finds
/// the items caught in a parent cycle.
/// </summary>
internal static class ParentOrdering
{
    /// <param name="parentOf">Each item's parent, as an index into the same list, or null.</param>
    /// <param name="names">Each item's name, for the text of a cycle.</param>
    /// <param name="cycles">Indexes of the items on a cycle, each with the cycle as text ("A → B → A").</param>
    /// <returns>The item indexes, parents first. An item on a cycle comes after its ancestors outside the cycle.</returns>
    public static List<int> Order(IReadOnlyList<int?> parentOf, IReadOnlyList<string> names, out Dictionary<int, string> cycles)
    {
        var count = parentOf.Count;
        cycles = [];
        var state = new byte[count]; // 0 = unvisited, 1 = on the current path, 2 = done
        for (var start = 0; start < count; start++)
        {
            var path = new List<int>();
            var node = (int?)start;
            while (node is { } n && state[n] == 0)
            {
                state[n] = 1;
                path.Add(n);
                node = parentOf[n];
            }

            if (node is { } hit && state[hit] == 1)
            {
                var loop = path.Skip(path.IndexOf(hit)).ToList();
                var text = string.Join(" → ", loop.Select(k => names[k]).Append(names[hit]));
                foreach (var k in loop)
                {
                    cycles[k] = text;
                }
            }

            foreach (var n in path)
            {
                state[n] = 2;
            }
        }

        var order = new List<int>(count);
        var emitted = new bool[count];
        for (var i = 0; i < count; i++)
        {
            // Cycles are known by now, and the walk stops at a cycle member, so it cannot loop.
            var chain = new Stack<int>();
            var node = (int?)i;
            while (node is { } n && !emitted[n])
            {
                chain.Push(n);
                node = cycles.ContainsKey(n) ? null : parentOf[n];
            }

            while (chain.Count > 0)
            {
                var n = chain.Pop();
                emitted[n] = true;
                order.Add(n);
            }
        }

        return order;
    }
}
