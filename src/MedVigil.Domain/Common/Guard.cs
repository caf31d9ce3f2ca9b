namespace MedVigil.Domain.Common;

/// <summary>Invariant checks for entity methods; a broken invariant here is a caller's bug.</summary>
internal static class Guard
{
    public static string Text(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{field} is required.", field);
        }

        var trimmed = value.Trim();
        return trimmed.Length <= maxLength
            ? trimmed
            : throw new ArgumentException($"{field} is longer than {maxLength} characters.", field);
    }

    public static string? OptionalText(string? value, string field, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : Text(value, field, maxLength);

    public static Guid Id(Guid value, string field) =>
        value != Guid.Empty ? value : throw new ArgumentException($"{field} is empty.", field);
}
