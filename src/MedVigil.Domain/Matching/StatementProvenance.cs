namespace MedVigil.Domain.Matching;

/// <summary>The kind of document a statement came from.</summary>
public enum StatementSourceKind
{
    Osv,
    Nvd,
    Csaf,
    CsafVex,
    OpenVex,
    CycloneDxVex,
}

/// <summary>
/// Where a statement came from: the source kind, the advisory's id and revision, the SHA-256 of the document's bytes
/// (empty when the caller has none), and the JSON pointer of the statement inside it.
/// </summary>
public sealed record StatementProvenance(StatementSourceKind Kind, string AdvisoryId, string? Revision, string DocumentSha256, string Pointer)
{
    /// <summary>True for the VEX sources, whose statements are analyses of a product rather than advisories.</summary>
    public bool IsVex => Kind is StatementSourceKind.CsafVex or StatementSourceKind.OpenVex or StatementSourceKind.CycloneDxVex;

    public override string ToString() =>
        $"{Kind} {AdvisoryId}{(Revision is null ? "" : " rev " + Revision)} at {(Pointer.Length == 0 ? "/" : Pointer)}";
}

/// <summary>What the caller knows of the document being converted: its id, revision and SHA-256.</summary>
public sealed record DocumentOrigin(string? Revision = null, string Sha256 = "");
