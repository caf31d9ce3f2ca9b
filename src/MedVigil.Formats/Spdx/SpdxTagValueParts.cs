using MedVigil.Formats.Common;

namespace MedVigil.Formats.Spdx;

/// <summary>The structured tag-value values: checksums, relationships, external references, each part located by its column.</summary>
internal static class SpdxTagValueParts
{
    /// <summary><c>ALGORITHM: value</c>.</summary>
    public static SpdxChecksum? Checksum(string value, string location, List<FormatIssue> issues)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || value[(colon + 1)..].Trim().Length == 0)
        {
            issues.Add(new FormatIssue(location, SpdxIssueCodes.TagValueSyntax, $"'{value}' is not a checksum ('ALGORITHM: value')"));
            return null;
        }

        return new SpdxChecksum(value[..colon].Trim(), value[(colon + 1)..].Trim());
    }

    /// <summary><c>SPDXRef-a TYPE SPDXRef-b</c>, each end located at its own column.</summary>
    public static (SpdxRelationship, SpdxSpot)? Relationship(SpdxTagLine line, List<FormatIssue> issues)
    {
        var parts = Tokens(line);
        if (parts.Count != 3)
        {
            issues.Add(new FormatIssue(line.ValueLocation, SpdxIssueCodes.TagValueSyntax,
                $"a relationship is 'element TYPE related-element', not '{line.Value}'"));
            return null;
        }

        var spot = new SpdxSpot(line.ValueLocation, isJsonPointer: false);
        spot.Field("spdxElementId", parts[0].Location);
        spot.Field("relationshipType", parts[1].Location);
        spot.Field("relatedSpdxElement", parts[2].Location);
        return (new SpdxRelationship(parts[0].Text, parts[1].Text, parts[2].Text), spot);
    }

    /// <summary><c>ExternalRef: CATEGORY TYPE LOCATOR</c>, or the comment of the reference before.</summary>
    public static void AddExternalRef(SpdxTagElement? package, SpdxTagLine line, List<FormatIssue> issues)
    {
        if (package is null)
        {
            return;
        }

        if (line.Tag == "ExternalRefComment")
        {
            if (package.ExternalRefs.Count == 0)
            {
                issues.Add(new FormatIssue(line.TagLocation, SpdxIssueCodes.TagValueSyntax, "ExternalRefComment without an ExternalRef before it"));
                return;
            }

            package.ExternalRefs[^1] = package.ExternalRefs[^1] with { Comment = line.Value };
            return;
        }

        var parts = Tokens(line);
        if (parts.Count != 3)
        {
            issues.Add(new FormatIssue(line.ValueLocation, SpdxIssueCodes.TagValueSyntax, $"an external reference is 'CATEGORY TYPE LOCATOR', not '{line.Value}'"));
            return;
        }

        if (!SpdxExternalRefCategories.IsKnown(parts[0].Text))
        {
            issues.Add(new FormatIssue(parts[0].Location, SpdxIssueCodes.InvalidValue, SpdxExternalRefCategories.Unknown(parts[0].Text)));
        }

        package.ExternalRefs.Add(new SpdxExternalRef(parts[0].Text, parts[1].Text, parts[2].Text, null));
        package.Spot.Field("externalRefs", line.ValueLocation);
    }

    /// <summary><c>DocumentRef-id URI ALGORITHM: value</c>.</summary>
    public static SpdxExternalDocumentRef? ExternalDocumentRef(SpdxTagLine line, SpdxSpot spot, List<FormatIssue> issues)
    {
        var parts = Tokens(line);
        if (parts.Count < 3)
        {
            issues.Add(new FormatIssue(line.ValueLocation, SpdxIssueCodes.TagValueSyntax,
                $"an external document reference is 'DocumentRef-id URI ALGORITHM: value', not '{line.Value}'"));
            return null;
        }

        spot.Field("externalDocumentId", parts[0].Location);
        spot.Field("spdxDocument", parts[1].Location);
        spot.Field("checksum", parts[2].Location);
        var checksum = Checksum(string.Join(' ', parts.Skip(2).Select(p => p.Text)), parts[2].Location, issues);
        return new SpdxExternalDocumentRef(parts[0].Text, parts[1].Text, checksum);
    }

    /// <summary>The value's words, each with the location of its first character.</summary>
    private static List<(string Text, string Location)> Tokens(SpdxTagLine line)
    {
        var result = new List<(string, string)>();
        var value = line.Value;
        var i = 0;
        while (i < value.Length)
        {
            if (char.IsWhiteSpace(value[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < value.Length && !char.IsWhiteSpace(value[i]))
            {
                i++;
            }

            result.Add((value[start..i], SpdxTagValueLexer.Location(line.Line, line.Column + start)));
        }

        return result;
    }
}
