using MedVigil.Application.Advisories;
using MedVigil.Application.Sboms;
using MedVigil.Application.Vex;
using MedVigil.Domain.Common;

namespace MedVigil.Application.Demo;

/// <summary>How many demo documents there are, how many changed something, and how many were already there.</summary>
public sealed record DemoDocumentsSummary(int Documents, int Imported, int Unchanged);

/// <summary>
/// Imports every <see cref="DemoDocuments"/> document into the current tenant through the ordinary import use cases,
/// SBOMs first, so the demo exercises the same paths as real data. The same bytes again change nothing, so seeding
/// twice is a no-op; a demo record older than one a real feed already stored is stale and also changes nothing.
/// The first document refused stops the import with its error (a demo document that does not import is a bug).
/// </summary>
public sealed class ImportDemoDocuments(ImportSbom importSbom, ImportOsv importOsv, ImportNvd importNvd, ImportCsaf importCsaf, ImportVex importVex)
{
    public async Task<Result<DemoDocumentsSummary>> ExecuteAsync(CancellationToken cancellationToken)
    {
        var imported = 0;
        foreach (var document in DemoDocuments.All)
        {
            var changed = await ImportAsync(document, cancellationToken);
            if (!changed.TryGetValue(out var wrote))
            {
                return changed.Error!;
            }

            imported += wrote ? 1 : 0;
        }

        return new DemoDocumentsSummary(DemoDocuments.All.Count, imported, DemoDocuments.All.Count - imported);
    }

    /// <summary>Imports one document; true when it changed something.</summary>
    private async Task<Result<bool>> ImportAsync(DemoDocument document, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(document.Content, writable: false);
        return document.Kind switch
        {
            DemoDocumentKind.CycloneDx or DemoDocumentKind.Spdx =>
                (await importSbom.ExecuteAsync(new ImportSbomCommand(document.Source, document.Content), cancellationToken))
                .Map(r => r.Outcome != SbomImportOutcome.Unchanged),
            DemoDocumentKind.Osv => (await importOsv.ExecuteAsync(new ImportOsvCommand(document.Source, content), cancellationToken)).Map(Changed),
            DemoDocumentKind.Nvd => (await importNvd.ExecuteAsync(new ImportNvdCommand(document.Source, content), cancellationToken))
                .Map(r => r.Outcome == NvdImportOutcome.Imported),
            DemoDocumentKind.Csaf => (await importCsaf.ExecuteAsync(new ImportCsafCommand(document.Source, content), cancellationToken)).Map(Changed),
            DemoDocumentKind.OpenVex => (await importVex.ExecuteAsync(new ImportVexCommand(document.Source, content), cancellationToken)).Map(Changed),
            _ => throw new InvalidOperationException($"No import for demo documents of kind {document.Kind}."),
        };
    }

    private static bool Changed(IRevisionImport result) => result.Outcome is RevisionOutcome.Imported or RevisionOutcome.Superseded;
}
