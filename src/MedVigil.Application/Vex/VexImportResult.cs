using MedVigil.Application.Advisories;

namespace MedVigil.Application.Vex;

/// <summary>The VEX formats <see cref="ImportVex"/> tells apart by content.</summary>
public enum VexFormat
{
    /// <summary>An OpenVEX document (<c>@context</c> an OpenVEX namespace).</summary>
    OpenVex,

    /// <summary>A CSAF 2.0 document of the VEX profile (<c>document/category</c> <c>csaf_vex</c>).</summary>
    CsafVex,

    /// <summary>A CycloneDX BOM with <c>vulnerabilities[]</c> (JSON or XML).</summary>
    CycloneDxVex,
}

/// <summary>
/// The outcome of one VEX document: its SHA-256 and, unless unchanged, its format, id, revision, how many statements
/// it makes and how many vulnerabilities were added.
/// </summary>
public sealed record VexImportResult(
    RevisionOutcome Outcome, string Sha256, VexFormat? Format, string? Id, string? Revision, int Statements, int VulnerabilitiesAdded) : IRevisionImport;
