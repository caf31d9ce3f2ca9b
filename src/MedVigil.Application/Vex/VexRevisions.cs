using System.Globalization;
using MedVigil.Application.Advisories;

namespace MedVigil.Application.Vex;

/// <summary>
/// The revision of a VEX document as stored on its advisory, and their order. OpenVEX: <c>VERSION/TIME</c>, the
/// document <c>version</c> (0 when absent) and its <c>last_updated</c>, else <c>timestamp</c>, in UTC round-trip form
/// (empty when absent), ordered by version then time. CSAF VEX: <c>tracking/version</c> (<see cref="CsafVersions"/>).
/// CycloneDX: the BOM <c>version</c>, as an integer.
/// </summary>
internal static class VexRevisions
{
    public static string OpenVex(int? version, DateTimeOffset? time) => string.Create(CultureInfo.InvariantCulture,
        $"{version ?? 0}/{time?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)}");

    /// <summary>Whether <paramref name="revision"/> (of <paramref name="format"/>) is newer than <paramref name="stored"/>; a stored value of another shape is older.</summary>
    public static bool IsNewer(VexFormat format, string revision, string stored) => format switch
    {
        VexFormat.CsafVex => CsafVersions.Compare(revision, stored) > 0,
        VexFormat.CycloneDxVex => !int.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var old)
            || int.Parse(revision, NumberStyles.None, CultureInfo.InvariantCulture) > old,
        _ => OpenVexIsNewer(revision, stored),
    };

    private static bool OpenVexIsNewer(string revision, string stored)
    {
        if (!TrySplit(stored, out var oldVersion, out var oldTime))
        {
            return true;
        }

        TrySplit(revision, out var version, out var time);
        return version != oldVersion ? version > oldVersion : time > oldTime;
    }

    private static bool TrySplit(string revision, out int version, out DateTimeOffset time)
    {
        time = DateTimeOffset.MinValue;
        var slash = revision.IndexOf('/', StringComparison.Ordinal);
        version = 0;
        return slash > 0
            && int.TryParse(revision[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out version)
            && (slash == revision.Length - 1
                || DateTimeOffset.TryParse(revision[(slash + 1)..], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out time));
    }
}
