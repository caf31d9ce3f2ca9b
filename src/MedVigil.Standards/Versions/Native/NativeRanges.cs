using System.Diagnostics.CodeAnalysis;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Standards.Versions.Native;

/// <summary>
/// Turns an ecosystem's own range notation into a <c>vers</c> range, as the vers-spec <c>from_native</c> cases and
/// univers do: npm (node-semver), Conan, RubyGems, nginx advisories, NuGet intervals, OpenSSL lists and PyPI
/// specifiers, plus GitLab advisory ranges (<see cref="TryFromGitLab"/>). The constraints come back sorted but not
/// merged; call <see cref="VersRange.Canonicalize"/> for the shortest canonical form.
/// </summary>
public static class NativeRanges
{
    /// <summary>The schemes <see cref="TryToVers"/> understands.</summary>
    public static IReadOnlyList<string> Schemes { get; } = ["conan", "gem", "nginx", "npm", "nuget", "openssl", "pypi"];

    public static VersRange ToVers(string scheme, string nativeRange) =>
        TryToVers(scheme, nativeRange, out var range, out var error) ? range : throw new FormatException(error.Message);

    public static bool TryToVers(string scheme, string? nativeRange, [NotNullWhen(true)] out VersRange? range, [NotNullWhen(false)] out VersParseError? error)
    {
        range = null;
        if (nativeRange is null || nativeRange.Length > VersRange.MaxLength)
        {
            error = new VersParseError(nativeRange ?? "", 0, $"a native range must be at most {VersRange.MaxLength} characters");
            return false;
        }

        var builder = new NativeRangeBuilder(scheme, nativeRange);
        switch (scheme)
        {
            case "npm":
                NpmNativeRange.Read(builder);
                break;
            case "conan":
                ConanNativeRange.Read(builder);
                break;
            case "gem":
                SimpleNativeRanges.ReadGem(builder);
                break;
            case "nginx":
                SimpleNativeRanges.ReadNginx(builder);
                break;
            case "nuget":
                SimpleNativeRanges.ReadInterval(builder);
                break;
            case "openssl":
                SimpleNativeRanges.ReadOpenSsl(builder);
                break;
            case "pypi":
                SimpleNativeRanges.ReadPypi(builder);
                break;
            default:
                builder.Fail($"MedVigil does not read native '{scheme}' ranges (it reads {string.Join(", ", Schemes)})");
                break;
        }

        return builder.TryBuild(out range, out error);
    }

    /// <summary>
    /// Reads a range from a GitLab advisory (gemnasium-db): alternatives split by <c>||</c>, constraints within one
    /// split by spaces (commas for PyPI), each an optional comparator (<c>=</c>, <c>==</c>, <c>&lt;</c>, <c>&lt;=</c>,
    /// <c>&gt;</c>, <c>&gt;=</c>, <c>!=</c>) and a version. Conan ranges use Conan's own notation.
    /// </summary>
    public static bool TryFromGitLab(string scheme, string? nativeRange, [NotNullWhen(true)] out VersRange? range, [NotNullWhen(false)] out VersParseError? error)
    {
        if (scheme == "conan")
        {
            return TryToVers(scheme, nativeRange, out range, out error);
        }

        range = null;
        if (nativeRange is null || nativeRange.Length > VersRange.MaxLength)
        {
            error = new VersParseError(nativeRange ?? "", 0, $"a native range must be at most {VersRange.MaxLength} characters");
            return false;
        }

        var builder = new NativeRangeBuilder(scheme, nativeRange);
        GitLabNativeRange.Read(builder);
        return builder.TryBuild(out range, out error);
    }
}
