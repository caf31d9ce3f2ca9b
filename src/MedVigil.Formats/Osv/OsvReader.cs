using MedVigil.Formats.Common;
using MedVigil.Formats.Kev;

namespace MedVigil.Formats.Osv;

/// <summary>
/// Reads one OSV record (schema 1.x, JSON). Checks: the schema's required fields, types and enumerations, RFC 3339
/// times, ranges (type; <c>repo</c> and full commit hashes for GIT; events with exactly one of
/// introduced/fixed/last_affected/limit; at least one introduced; fixed and last_affected not together), severities
/// not both at the top and per package, and the OSV linter's rule that a range's event versions are distinct. Every
/// problem is an issue at its JSON pointer; any error leaves the document null.
/// </summary>
/// <remarks>
/// Not checked: whether a package exists in its ecosystem's registry (the linter's network lookup) and the ecosystem
/// names list. Ranges keep their events in file order, several introduced/fixed pairs included.
/// </remarks>
public static class OsvReader
{
    /// <summary>Reads a record from a stream, which stays open.</summary>
    public static ReadResult<OsvRecord> Read(Stream content, ReaderLimits? limits = null) => JsonFields.Read(content, limits, OsvMapping.Record);

    /// <summary>Reads a record from a file.</summary>
    public static ReadResult<OsvRecord> Read(string path, ReaderLimits? limits = null) => JsonFields.Read(path, limits, OsvMapping.Record);
}
