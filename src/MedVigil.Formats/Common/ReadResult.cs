namespace MedVigil.Formats.Common;

/// <summary>
/// What a reader made of one document: the typed document when it could be read, and every problem found. A
/// document with any <see cref="IssueSeverity.Error"/> must not be imported.
/// </summary>
public sealed record ReadResult<T>(T? Document, IReadOnlyList<FormatIssue> Issues)
    where T : class
{
    public bool IsValid => Document is not null && Issues.All(i => i.Severity != IssueSeverity.Error);

    public IEnumerable<FormatIssue> Errors => Issues.Where(i => i.Severity == IssueSeverity.Error);

    public static ReadResult<T> Failed(params FormatIssue[] issues) => new(null, issues);
}
