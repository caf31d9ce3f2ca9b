using MedVigil.Standards.Versions;

namespace MedVigil.Domain.Matching;

/// <summary>
/// The version scheme of a purl type (<c>deb</c> → Debian, <c>pypi</c> → PEP 440…). Types without an ecosystem order
/// (<c>generic</c>, <c>github</c>, unknown ones) use the tolerant firmware scheme, as vendor versions do.
/// </summary>
public static class PackageSchemes
{
    public static VersionScheme For(string purlType) => purlType switch
    {
        "apk" => VersionSchemes.Alpine,
        "github" or "bitbucket" => VersionSchemes.Semver,
        "generic" => VersionSchemes.Firmware,
        _ => VersionSchemes.TryGetVersType(purlType, out var scheme) || VersionSchemes.TryGet(purlType, out scheme) ? scheme : VersionSchemes.Firmware,
    };
}
