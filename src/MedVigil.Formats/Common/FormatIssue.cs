namespace MedVigil.Formats.Common;

/// <summary>How bad a problem in a document is.</summary>
public enum IssueSeverity
{
    /// <summary>The document (or this part of it) cannot be used.</summary>
    Error,

    /// <summary>Usable, but something is off (a recommendation not followed, a value repaired).</summary>
    Warning,
}

/// <summary>
/// One problem in an untrusted document: where it is (a JSON pointer such as <c>/components/3/purl</c>, or
/// <c>line 12, column 4</c> for text formats), a stable code for tools (<c>csaf-6.1.1</c>, <c>json-syntax</c>,
/// <c>schema</c>, <c>limit-depth</c>…) and a message a person understands.
/// </summary>
public sealed record FormatIssue(string Location, string Code, string Message, IssueSeverity Severity = IssueSeverity.Error)
{
    public override string ToString() => $"{Message} ({Location})";
}
