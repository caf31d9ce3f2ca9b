using System.Text.Json;
using MedVigil.Formats.Common;

namespace MedVigil.Formats.Csaf;

/// <summary>
/// The mandatory tests of CSAF 2.0 §6.1 implemented here, in spec order. Not implemented: 6.1.11 (CWE, needs
/// the CWE catalogue); 6.1.12 (language) only in part, without the IANA subtag registry.
/// </summary>
internal static class CsafMandatoryTests
{
    public static IReadOnlyList<CsafMandatoryTest> All { get; } =
    [
        CsafProductIdTests.MissingProductId,
        CsafProductIdTests.MultipleProductId,
        CsafProductIdTests.CircularProductId,
        CsafProductIdTests.MissingGroupId,
        CsafProductIdTests.MultipleGroupId,
        CsafProductStatusTest.ContradictingStatus,
        CsafScoreTests.SameVersionTwice,
        CsafScoreTests.InvalidCvss,
        CsafScoreTests.InvalidComputation,
        CsafScoreTests.InconsistentCvss,
        CsafLanguageTest.Language,
        CsafUniquenessTests.Purl,
        CsafRevisionTests.Sorted,
        CsafDocumentTests.Translator,
        CsafRevisionTests.LatestVersion,
        CsafStatusTests.DraftStatus,
        CsafStatusTests.ReleasedHistory,
        CsafStatusTests.PreReleaseHistory,
        CsafStatusTests.NonDraftVersion,
        CsafRevisionTests.MissingItem,
        CsafRevisionTests.MultipleDefinition,
        CsafUniquenessTests.SameCve,
        CsafUniquenessTests.Involvements,
        CsafUniquenessTests.HashAlgorithm,
        CsafDocumentTests.ProhibitedCategory,
        CsafProfileTests.DocumentNotes,
        CsafProfileTests.DocumentReferences,
        CsafProfileTests.NoVulnerabilities,
        CsafProfileTests.ProductTree,
        CsafProfileTests.VulnerabilityNotes,
        CsafProfileTests.ProductStatus,
        CsafProfileTests.VexProductStatus,
        CsafProfileTests.VulnerabilityId,
        CsafVexStatementTests.ImpactStatement,
        CsafVexStatementTests.ActionStatement,
        CsafProfileTests.Vulnerabilities,
        CsafDocumentTests.Translation,
        CsafVulnerabilityTests.RemediationWithoutProduct,
        CsafStatusTests.MixedVersioning,
        CsafVulnerabilityTests.VersionRange,
        CsafVulnerabilityTests.FlagWithoutProduct,
        CsafVulnerabilityTests.MultipleFlags,
    ];

    /// <summary>The ids of the implemented tests (<c>6.1.1</c>…).</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. All.Select(t => t.Id)];

    public static IEnumerable<FormatIssue> Run(JsonElement root) => All.SelectMany(t => t.Run(root));
}
