namespace MedVigil.Formats.Spdx;

/// <summary>The <see cref="Common.FormatIssue.Code"/> values the SPDX reader gives.</summary>
public static class SpdxIssueCodes
{
    /// <summary>Not SPDX 2.2 or 2.3: an SPDX 3.0 JSON-LD document, or another <c>spdxVersion</c>.</summary>
    public const string UnsupportedVersion = "spdx-unsupported-version";

    /// <summary>A field the version requires is missing or empty.</summary>
    public const string Required = "spdx-required";

    /// <summary>A JSON value of the wrong type (a number for a string, an object for an array…).</summary>
    public const string WrongType = "spdx-type";

    /// <summary>A value outside what the specification allows (an SPDXID without <c>SPDXRef-</c>, a bad timestamp…).</summary>
    public const string InvalidValue = "spdx-value";

    /// <summary>Two elements with the same SPDXID.</summary>
    public const string DuplicateId = "spdx-duplicate-id";

    /// <summary>An element id (relationship end, documentDescribes, hasFiles) that names nothing.</summary>
    public const string UnresolvedReference = "spdx-unresolved-reference";

    /// <summary>A tag-value line that is not <c>Tag: value</c>, an unclosed <c>&lt;text&gt;</c>, a tag out of place.</summary>
    public const string TagValueSyntax = "spdx-tag-syntax";

    /// <summary>A tag-value tag that SPDX 2.3 does not define (a warning; the line is skipped).</summary>
    public const string UnknownTag = "spdx-unknown-tag";

    /// <summary>More items in one list than <see cref="Common.ReaderLimits.MaxItems"/>.</summary>
    public const string LimitItems = "limit-items";

    /// <summary>A string longer than <see cref="Common.ReaderLimits.MaxStringLength"/>.</summary>
    public const string LimitString = "limit-string";
}
