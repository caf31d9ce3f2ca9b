namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// Maven versions ordered as Apache Maven 3.9's <c>ComparableVersion</c>: case-insensitive; '.', '-' and every
/// digit/letter transition split items; '-' (and a qualifier after a number) opens a sub-list; trailing zeros and
/// release qualifiers (<c>ga</c>, <c>final</c>, <c>release</c>) are dropped; qualifiers order
/// <c>alpha &lt; beta &lt; milestone &lt; rc = cr &lt; snapshot &lt; (release) &lt; sp &lt; unknown (alphabetical)</c>, and
/// <c>a1</c>, <c>b1</c>, <c>m1</c> mean alpha-1, beta-1, milestone-1. Only ASCII digits count as digits.
/// </summary>
internal sealed class MavenScheme() : VersionScheme("maven")
{
    private protected override SchemeVersion? ParseCore(string text, ref ParseFailure failure)
    {
        return new MavenVersion(this, text, MavenItem.Parse(text.ToLowerInvariant()));
    }
}

/// <summary>A Maven artifact version.</summary>
public sealed class MavenVersion : SchemeVersion
{
    private readonly MavenItem _items;

    internal MavenVersion(VersionScheme scheme, string text, MavenItem items)
        : base(scheme, text) => _items = items;

    /// <summary>Maven's canonical spelling, e.g. <c>1.0.0-GA</c> → <c>1</c>.</summary>
    public string Canonical => _items.ToString();

    private protected override int CompareSameScheme(SchemeVersion other) => _items.CompareTo(((MavenVersion)other)._items);
}

/// <summary>One item of a parsed Maven version: a number, a qualifier or a list of items.</summary>
internal sealed class MavenItem
{
    private static readonly string[] Qualifiers = ["alpha", "beta", "milestone", "rc", "snapshot", "", "sp"];
    private const int ReleaseRank = 5;
    private const int UnknownRank = 7;

    private readonly MavenItemKind _kind;
    private readonly string _text = "";
    private readonly int _rank;
    private readonly MavenItem[] _children = [];

    private MavenItem(MavenItemKind kind, string text, int rank, MavenItem[] children) =>
        (_kind, _text, _rank, _children) = (kind, text, rank, children);

    public static MavenItem Parse(string version)
    {
        var root = new Builder();
        var stack = new Stack<Builder>();
        stack.Push(root);
        var list = root;
        var isDigit = false;
        var start = 0;
        for (var i = 0; i < version.Length; i++)
        {
            var c = version[i];
            if (c is '.' or '-')
            {
                list.Items.Add(i == start ? Number("0") : Item(isDigit, version[start..i]));
                start = i + 1;
                if (c == '-')
                {
                    list = Open(list, stack);
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                if (!isDigit && i > start)
                {
                    // "1.0.0.X1" < "1.0.0-X2": a qualifier before a number always opens a sub-list.
                    if (list.Items.Count > 0)
                    {
                        list = Open(list, stack);
                    }

                    list.Items.Add(Qualifier(version[start..i], followedByDigit: true));
                    start = i;
                    list = Open(list, stack);
                }

                isDigit = true;
            }
            else
            {
                if (isDigit && i > start)
                {
                    list.Items.Add(Number(version[start..i]));
                    start = i;
                    list = Open(list, stack);
                }

                isDigit = false;
            }
        }

        if (version.Length > start)
        {
            if (!isDigit && list.Items.Count > 0)
            {
                list = Open(list, stack);
            }

            list.Items.Add(Item(isDigit, version[start..]));
        }

        while (stack.Count > 0)
        {
            stack.Pop().Normalize();
        }

        return root.Freeze();
    }

    public int CompareTo(MavenItem? other) => _kind switch
    {
        MavenItemKind.Number => other is null
            ? (_text == "0" ? 0 : 1)
            : other._kind == MavenItemKind.Number ? Digits.Compare(_text, other._text) : 1,
        MavenItemKind.Qualifier => other is null
            ? CompareRanks(this, null)
            : other._kind switch { MavenItemKind.Qualifier => CompareRanks(this, other), _ => -1 },
        _ => other is null ? CompareListWithNull() : other._kind switch
        {
            MavenItemKind.Number => -1,
            MavenItemKind.Qualifier => 1,
            _ => CompareLists(other),
        },
    };

    public override string ToString() => _kind switch
    {
        MavenItemKind.List => string.Concat(_children.Select((item, i) =>
            (i == 0 ? "" : item._kind == MavenItemKind.List ? "-" : ".") + item.ToString())),
        _ => _text,
    };

    private int CompareListWithNull()
    {
        foreach (var child in _children)
        {
            var result = child.CompareTo(null);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    private int CompareLists(MavenItem other)
    {
        var count = Math.Max(_children.Length, other._children.Length);
        for (var i = 0; i < count; i++)
        {
            var left = i < _children.Length ? _children[i] : null;
            var right = i < other._children.Length ? other._children[i] : null;
            var result = left is null ? (right is null ? 0 : -right.CompareTo(null)) : left.CompareTo(right);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    /// <summary>Known qualifiers by rank; unknown ones after them all, alphabetically; null is the release rank.</summary>
    private static int CompareRanks(MavenItem left, MavenItem? right)
    {
        var rightRank = right?._rank ?? ReleaseRank;
        if (left._rank != rightRank)
        {
            return left._rank < rightRank ? -1 : 1;
        }

        return left._rank == UnknownRank && right is not null ? Digits.Sign(string.CompareOrdinal(left._text, right._text)) : 0;
    }

    private static MavenItem Item(bool isDigit, string text) => isDigit ? Number(text) : Qualifier(text, followedByDigit: false);

    private static MavenItem Number(string digits)
    {
        var trimmed = digits.TrimStart('0');
        return new MavenItem(MavenItemKind.Number, trimmed.Length == 0 ? "0" : trimmed, 0, []);
    }

    private static MavenItem Qualifier(string value, bool followedByDigit)
    {
        if (followedByDigit && value.Length == 1)
        {
            value = value[0] switch { 'a' => "alpha", 'b' => "beta", 'm' => "milestone", _ => value };
        }

        value = value switch { "ga" or "final" or "release" => "", "cr" => "rc", _ => value };
        var rank = Array.IndexOf(Qualifiers, value);
        return new MavenItem(MavenItemKind.Qualifier, value, rank < 0 ? UnknownRank : rank, []);
    }

    private static Builder Open(Builder list, Stack<Builder> stack)
    {
        var child = new Builder();
        list.Items.Add(child);
        stack.Push(child);
        return child;
    }

    /// <summary>A list being parsed; its items are finished items or nested builders.</summary>
    private sealed class Builder
    {
        public List<object> Items { get; } = [];

        /// <summary>Drops trailing "null" items (zero, release qualifier, empty list) as Maven does.</summary>
        public void Normalize()
        {
            for (var i = Items.Count - 1; i >= 0; i--)
            {
                if (IsNull(Items[i]))
                {
                    Items.RemoveAt(i);
                }
                else if (Items[i] is not Builder)
                {
                    break;
                }
            }
        }

        public MavenItem Freeze() => new(MavenItemKind.List, "", 0, [.. Items.Select(item => item as MavenItem ?? ((Builder)item).Freeze())]);

        private static bool IsNull(object item) => item switch
        {
            Builder builder => builder.Items.Count == 0,
            MavenItem { _kind: MavenItemKind.Number } number => number._text == "0",
            MavenItem qualifier => qualifier._text.Length == 0,
            _ => false,
        };
    }

    private enum MavenItemKind
    {
        Number,
        Qualifier,
        List,
    }
}
