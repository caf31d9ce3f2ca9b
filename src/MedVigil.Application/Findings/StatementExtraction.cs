using MedVigil.Domain.Matching;
using MedVigil.Domain.Vulnerabilities;
using MedVigil.Formats.Common;
using MedVigil.Formats.Csaf;
using MedVigil.Formats.CycloneDx;
using MedVigil.Formats.Nvd;
using MedVigil.Formats.OpenVex;
using MedVigil.Formats.Osv;

namespace MedVigil.Application.Findings;

/// <summary>
/// Reads an advisory revision's statements back from the raw document it was imported from, with the converter of
/// its format (ADR 0018). The document was valid when imported, so a read failure here is a bug, not input to report.
/// An NVD page holds many records: the last page read is kept the last page read so each is parsed once per batch.
/// </summary>
internal sealed class StatementExtraction
{
    private (string Sha256, Dictionary<string, NvdCve> Records)? _page;

    public StatementSet Extract(Advisory advisory, SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(advisory);
        ArgumentNullException.ThrowIfNull(document);
        var origin = new DocumentOrigin(advisory.Revision, document.Sha256);
        var limits = ReaderLimits.Default with { MaxBytes = Math.Max(document.Content.LongLength, 1) };
        using var stream = new MemoryStream(document.Content, writable: false);
        return advisory.Source switch
        {
            AdvisorySource.Csaf => CsafStatements.Convert(Valid(CsafReader.Read(stream, limits), document), origin),
            AdvisorySource.Osv => OsvStatements.Convert(Valid(OsvReader.Read(stream, limits), document), origin),
            AdvisorySource.Nvd => Nvd(advisory, document, stream, limits, origin),
            AdvisorySource.Vex when document.Format.StartsWith("openvex", StringComparison.Ordinal) =>
                OpenVexStatements.Convert(Valid(OpenVexReader.Read(stream, limits), document), origin),
            AdvisorySource.Vex when document.Format.StartsWith("csaf", StringComparison.Ordinal) =>
                CsafStatements.Convert(Valid(CsafReader.Read(stream, limits), document), origin),
            AdvisorySource.Vex => CycloneDxVexStatements.Convert(Valid(CycloneDxReader.Read(stream, limits), document), origin),
            _ => throw new InvalidOperationException($"No statement converter for {advisory.Source} advisories."),
        };
    }

    private StatementSet Nvd(Advisory advisory, SourceDocument document, Stream stream, ReaderLimits limits, DocumentOrigin origin)
    {
        if (document.Format == "nvd-cve-2.0")
        {
            return NvdStatements.Convert(Valid(NvdCveReader.ReadRecord(stream, limits), document), origin);
        }

        if (_page is not { } page || page.Sha256 != document.Sha256)
        {
            var records = Valid(NvdCveReader.ReadPage(stream, limits), document).Vulnerabilities
                .GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
            _page = page = (document.Sha256, records);
        }

        return page.Records.TryGetValue(advisory.ExternalId, out var record)
            ? NvdStatements.Convert(record, origin)
            : throw new InvalidOperationException($"NVD page {document.Sha256} holds no record {advisory.ExternalId}.");
    }

    private static T Valid<T>(ReadResult<T> read, SourceDocument document)
        where T : class =>
        read.IsValid && read.Document is { } value
            ? value
            : throw new InvalidOperationException(
                $"Stored document {document.Sha256} ({document.Format}) no longer reads: {string.Join("; ", read.Errors.Take(3))}");
}
