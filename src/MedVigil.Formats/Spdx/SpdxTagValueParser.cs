using System.Globalization;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Spdx;

/// <summary>
/// Groups the tags of a tag-value document into its elements: the document, then a package per
/// <c>PackageName</c>, a file per <c>FileName</c> (contained in the package before it, if any), a snippet per
/// <c>SnippetSPDXID</c>; licenses and annotations are skipped. Relationships may appear anywhere.
/// </summary>
internal sealed class SpdxTagValueParser(ReaderLimits limits, List<FormatIssue> issues)
{
    public SpdxTagElement Document { get; } = new(SpdxTagSection.Document, new SpdxSpot(SpdxTagValueLexer.Location(1, 1), isJsonPointer: false));

    public List<SpdxTagElement> Packages { get; } = [];

    public List<SpdxTagElement> Files { get; } = [];

    public List<SpdxTagElement> Snippets { get; } = [];

    public List<(SpdxRelationship Relationship, SpdxSpot Spot)> Relationships { get; } = [];

    public List<(SpdxTagLine Line, SpdxSpot Spot)> ExternalDocumentRefs { get; } = [];

    private SpdxTagElement current = null!;

    /// <summary>Reads every tag; false when a limit stopped the reading.</summary>
    public bool Parse(string text)
    {
        current = Document;
        foreach (var line in SpdxTagValueLexer.Lex(text, limits, issues))
        {
            if (!Accept(line))
            {
                return false;
            }
        }

        return true;
    }

    private bool Accept(SpdxTagLine line)
    {
        switch (line.Tag)
        {
            case "PackageName":
                return Start(SpdxTagSection.Package, Packages, line, "name");
            case "FileName":
                var container = Packages.LastOrDefault();
                if (!Start(SpdxTagSection.File, Files, line, "fileName"))
                {
                    return false;
                }

                container?.Files.Add(current);
                return true;
            case "SnippetSPDXID":
                return Start(SpdxTagSection.Snippet, Snippets, line, "SPDXID");
            case "LicenseID":
                current = new SpdxTagElement(SpdxTagSection.License, new SpdxSpot(line.TagLocation, isJsonPointer: false));
                return true;
            case "Annotator":
                current = new SpdxTagElement(SpdxTagSection.Annotation, new SpdxSpot(line.TagLocation, isJsonPointer: false));
                return true;
            case "Relationship":
                return AddRelationship(line);
            case "SPDXID" when current.Section is SpdxTagSection.Document or SpdxTagSection.Package or SpdxTagSection.File:
                SetSingle(current, "SPDXID", line);
                return true;
            case "SPDXID":
                issues.Add(new FormatIssue(line.TagLocation, SpdxIssueCodes.TagValueSyntax, $"SPDXID is out of place in a {current.Section.ToString().ToLowerInvariant()} section"));
                return true;
            case "Creator":
                Document.Texts.Add(line.Value);
                return true;
            case "ExternalDocumentRef":
                ExternalDocumentRefs.Add((line, new SpdxSpot(line.ValueLocation, isJsonPointer: false)));
                return true;
            case "PackageChecksum" or "FileChecksum":
                AddChecksum(line);
                return true;
            case "ExternalRef" or "ExternalRefComment":
                SpdxTagValueParts.AddExternalRef(InSection(line, SpdxTagSection.Package), line, issues);
                return true;
            case "LicenseInfoInFile":
                InSection(line, SpdxTagSection.File)?.Texts.Add(line.Value);
                return true;
        }

        if (SpdxTagValueTags.Singles.TryGetValue(line.Tag, out var single))
        {
            var target = single.Section == SpdxTagSection.Document ? Document : InSection(line, single.Section);
            if (target is not null)
            {
                SetSingle(target, single.Field, line);
            }
        }
        else if (!SpdxTagValueTags.Skipped.Contains(line.Tag))
        {
            issues.Add(new FormatIssue(line.TagLocation, SpdxIssueCodes.UnknownTag, $"'{line.Tag}' is not an SPDX 2.3 tag; skipped", IssueSeverity.Warning));
        }

        return true;
    }

    private bool Start(SpdxTagSection section, List<SpdxTagElement> list, SpdxTagLine line, string field)
    {
        if (list.Count >= limits.MaxItems)
        {
            issues.Add(new FormatIssue(line.TagLocation, SpdxIssueCodes.LimitItems, string.Create(CultureInfo.InvariantCulture,
                $"more than {limits.MaxItems} {section.ToString().ToLowerInvariant()} elements, the limit; reading stopped")));
            return false;
        }

        current = new SpdxTagElement(section, new SpdxSpot(line.TagLocation, isJsonPointer: false));
        list.Add(current);
        SetSingle(current, field, line);
        return true;
    }

    /// <summary>The current element when it is of the section the tag belongs to; else an issue and null.</summary>
    private SpdxTagElement? InSection(SpdxTagLine line, SpdxTagSection section)
    {
        if (current.Section == section)
        {
            return current;
        }

        issues.Add(new FormatIssue(line.TagLocation, SpdxIssueCodes.TagValueSyntax,
            $"{line.Tag} belongs to a {section.ToString().ToLowerInvariant()}, but is in a {current.Section.ToString().ToLowerInvariant()} section"));
        return null;
    }

    private void SetSingle(SpdxTagElement element, string field, SpdxTagLine line)
    {
        if (element.Values.TryAdd(field, line.Value))
        {
            element.Spot.Field(field, line.ValueLocation);
        }
        else
        {
            issues.Add(new FormatIssue(line.TagLocation, SpdxIssueCodes.InvalidValue, $"{line.Tag} is given a second time for the same element"));
        }
    }

    private void AddChecksum(SpdxTagLine line)
    {
        var element = InSection(line, line.Tag == "PackageChecksum" ? SpdxTagSection.Package : SpdxTagSection.File);
        if (element is not null && SpdxTagValueParts.Checksum(line.Value, line.ValueLocation, issues) is { } checksum)
        {
            element.Checksums.Add(checksum);
            element.Spot.Field("checksums", line.ValueLocation);
        }
    }

    private bool AddRelationship(SpdxTagLine line)
    {
        if (Relationships.Count >= limits.MaxItems)
        {
            issues.Add(new FormatIssue(line.TagLocation, SpdxIssueCodes.LimitItems, string.Create(CultureInfo.InvariantCulture,
                $"more than {limits.MaxItems} relationships, the limit; reading stopped")));
            return false;
        }

        if (SpdxTagValueParts.Relationship(line, issues) is { } read)
        {
            Relationships.Add(read);
        }

        return true;
    }
}
