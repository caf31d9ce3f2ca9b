using System.Globalization;
using System.Numerics;

namespace MedVigil.Standards.Versions.Schemes;

/// <summary>A semantic version (SemVer 2.0.0 and its npm, Go and Dart pub dialects).</summary>
public sealed class SemVersion : SchemeVersion
{
    private readonly NumberSpan _major;
    private readonly NumberSpan _minor;
    private readonly NumberSpan _patch;
    private readonly SemverIdentifier[] _prerelease;
    private readonly SemverIdentifier[] _build;
    private readonly bool _buildOrders;

    internal SemVersion(
        VersionScheme scheme, string text, NumberSpan major, NumberSpan minor, NumberSpan patch,
        SemverIdentifier[] prerelease, SemverIdentifier[] build, bool buildOrders)
        : base(scheme, text)
    {
        (_major, _minor, _patch) = (major, minor, patch);
        (_prerelease, _build, _buildOrders) = (prerelease, build, buildOrders);
    }

    public BigInteger Major => ToBigInteger(_major);

    public BigInteger Minor => ToBigInteger(_minor);

    public BigInteger Patch => ToBigInteger(_patch);

    public bool IsPrerelease => _prerelease.Length > 0;

    /// <summary>The pre-release identifiers joined by '.', or empty.</summary>
    public string Prerelease => Join(_prerelease);

    /// <summary>The build metadata joined by '.', or empty.</summary>
    public string Build => Join(_build);

    /// <summary>
    /// A Go pseudo-version such as <c>v0.0.0-20201203163018-be400aefbc4c</c>: a pre-release ending in a 14-digit UTC
    /// timestamp and a 12-hex-digit commit. They order as ordinary pre-releases, which is what Go does.
    /// </summary>
    public bool IsPseudoVersion
    {
        get
        {
            var prerelease = Prerelease;
            var dash = prerelease.LastIndexOf('-');
            if (dash < 0 || prerelease.Length - dash - 1 != 12)
            {
                return false;
            }

            var before = prerelease.AsSpan(0, dash);
            var stamp = before.LastIndexOfAny('.', '-') is var cut and >= 0 ? before[(cut + 1)..] : before;
            return stamp.Length == 14 && Digits.All(stamp) && prerelease.AsSpan(dash + 1).IndexOfAnyExcept("0123456789abcdef") < 0;
        }
    }

    private protected override int CompareSameScheme(SchemeVersion other)
    {
        var right = (SemVersion)other;
        var result = NumberSpan.Compare(Text, _major, right.Text, right._major);
        if (result != 0)
        {
            return result;
        }

        result = NumberSpan.Compare(Text, _minor, right.Text, right._minor);
        if (result != 0)
        {
            return result;
        }

        result = NumberSpan.Compare(Text, _patch, right.Text, right._patch);
        if (result != 0)
        {
            return result;
        }

        if (_prerelease.Length == 0 || right._prerelease.Length == 0)
        {
            result = _prerelease.Length == right._prerelease.Length ? 0 : (_prerelease.Length == 0 ? 1 : -1);
        }
        else
        {
            result = SemverIdentifier.CompareLists(Text, _prerelease, right.Text, right._prerelease);
        }

        if (result != 0 || !_buildOrders)
        {
            return result;
        }

        return SemverIdentifier.CompareLists(Text, _build, right.Text, right._build);
    }

    private protected override int EquivalenceHash()
    {
        var hash = new HashCode();
        hash.Add(_major.Hash(Text));
        hash.Add(_minor.Hash(Text));
        hash.Add(_patch.Hash(Text));
        foreach (var identifier in _prerelease)
        {
            hash.Add(identifier.Hash(Text));
        }

        if (_buildOrders)
        {
            foreach (var identifier in _build)
            {
                hash.Add(identifier.Hash(Text));
            }
        }

        return hash.ToHashCode();
    }

    private BigInteger ToBigInteger(NumberSpan number) =>
        number.Length == 0 ? BigInteger.Zero : BigInteger.Parse(Text.AsSpan(number.Start, number.Length), NumberStyles.None, CultureInfo.InvariantCulture);

    private string Join(SemverIdentifier[] identifiers) =>
        identifiers.Length == 0 ? "" : Text[identifiers[0].Start..(identifiers[^1].Start + identifiers[^1].Length)];
}
