using System.Text;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Spdx;

/// <summary>
/// Reads SPDX 2.2 and 2.3 documents, JSON or tag-value (told apart by the first character: <c>{</c> is JSON),
/// into an <see cref="SpdxDocument"/>, with every problem as a <see cref="FormatIssue"/>.
/// </summary>
/// <remarks>
/// <para>Locations are JSON pointers (<c>/packages/3/SPDXID</c>) for JSON and <c>line N, column K</c> for
/// tag-value. SPDX 3.0 (JSON-LD) documents, and versions other than SPDX-2.2/2.3, are refused with one
/// <see cref="SpdxIssueCodes.UnsupportedVersion"/> issue and no document.</para>
/// <para>Checks on every document: the required fields of the version (package licensing and copyright, and
/// the package verification code when files are analysed, only in 2.2, as 2.3 made them optional; a SHA1
/// checksum on every file), SPDXID form and uniqueness, and that every relationship end, documentDescribes
/// and hasFiles entry names an element of the document, of a declared external document
/// (<c>DocumentRef-x:SPDXRef-y</c>), or, as a related end, NOASSERTION/NONE. Full schema validation is not done
/// here. The limits of <see cref="ReaderLimits"/> apply: size, JSON depth, items per list, string length.</para>
/// </remarks>
public static class SpdxReader
{
    /// <summary>Reads one document from a stream (UTF-8; a byte order mark is allowed). The stream stays open.</summary>
    public static ReadResult<SpdxDocument> Read(Stream content, ReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        limits ??= ReaderLimits.Default;
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            new LimitedStream(content, limits.MaxBytes).CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        catch (InputTooLargeException tooLarge)
        {
            return ReadResult<SpdxDocument>.Failed(new FormatIssue("", "limit-size", tooLarge.Message));
        }

        var text = new UTF8Encoding(false, false).GetString(bytes).TrimStart('\uFEFF');
        if (text.TrimStart().StartsWith('{') || text.TrimStart().StartsWith('['))
        {
            var parsed = JsonInput.Parse(new MemoryStream(bytes, writable: false), limits);
            using var json = parsed.Document;
            return json is null
                ? ReadResult<SpdxDocument>.Failed([.. parsed.Issues])
                : SpdxJsonReader.Read(json.RootElement, limits);
        }

        return SpdxTagValueReader.Read(text, limits);
    }

    /// <summary>Reads the document at <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ReadResult<SpdxDocument> Read(string path, ReaderLimits? limits = null)
    {
        using var file = File.OpenRead(path);
        return Read(file, limits);
    }
}
