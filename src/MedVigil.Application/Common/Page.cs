namespace MedVigil.Application.Common;

/// <summary>One page of a list, with the total so clients can page through.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);

/// <summary>
/// Paging input, clamped to sane bounds so no request can ask for the whole table. Zero (as in
/// <c>default(Paging)</c>) means the default.
/// </summary>
public readonly record struct Paging(int PageNumber = 1, int PageSize = Paging.DefaultPageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public int Number => Math.Max(1, PageNumber);

    public int Size => PageSize == 0 ? DefaultPageSize : Math.Clamp(PageSize, 1, MaxPageSize);

    public int Skip => (Number - 1) * Size;
}
