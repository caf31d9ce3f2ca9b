using System.Text.Json;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Csaf;

/// <summary>
/// Reads a CSAF 2.0 document (any profile, including CSAF VEX) into a <see cref="CsafDocument"/> and runs the
/// mandatory tests of §6.1 on it.
/// </summary>
/// <remarks>
/// Issues: <c>limit-…</c> and <c>json-syntax</c> from <see cref="JsonInput"/>; <c>csaf-required</c> and
/// <c>csaf-type</c> for members the read model needs that are missing or of the wrong type; <c>csaf-6.1.x</c> for
/// each violated mandatory test (see <see cref="MandatoryTestIds"/>), located by JSON pointer. JSON Schema
/// validation is not done here. The document is returned whenever the JSON parsed, so that callers can show what
/// was read; it must not be imported when <see cref="ReadResult{T}.IsValid"/> is false.
/// </remarks>
public static class CsafReader
{
    /// <summary>The ids of the mandatory tests this reader implements (<c>6.1.1</c>…); each reports issues coded <c>csaf-</c>id.</summary>
    public static IReadOnlyList<string> MandatoryTestIds => CsafMandatoryTests.Ids;

    /// <summary>Reads one document from <paramref name="content"/> (left open).</summary>
    public static ReadResult<CsafDocument> Read(Stream content, ReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        limits ??= ReaderLimits.Default;
        var parsed = JsonInput.Parse(content, limits);
        if (parsed.Document is not { } json)
        {
            return new ReadResult<CsafDocument>(null, parsed.Issues);
        }

        using (json)
        {
            return Read(json.RootElement, limits);
        }
    }

    /// <summary>Reads the document in the file at <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ReadResult<CsafDocument> Read(string path, ReaderLimits? limits = null)
    {
        using var file = File.OpenRead(path);
        return Read(file, limits);
    }

    private static ReadResult<CsafDocument> Read(JsonElement root, ReaderLimits limits)
    {
        var reader = new CsafJsonReader(limits);
        if (!reader.Expect(root, JsonValueKind.Object, ""))
        {
            return new ReadResult<CsafDocument>(null, reader.Issues);
        }

        var document = new CsafDocument(
            CsafMetadataReader.Read(reader, root),
            CsafProductTreeReader.Read(reader, root),
            CsafVulnerabilityReader.Read(reader, root));
        return new ReadResult<CsafDocument>(document, [.. reader.Issues, .. CsafMandatoryTests.Run(root)]);
    }
}
