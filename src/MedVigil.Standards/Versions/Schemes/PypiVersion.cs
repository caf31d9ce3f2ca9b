using System.Text;

namespace MedVigil.Standards.Versions.Schemes;

/// <summary>A PEP 440 version; <see cref="ToString"/> gives the normalised form.</summary>
public sealed class PypiVersion : SchemeVersion
{
    private readonly PypiParts _parts;
    private readonly int _significantRelease;
    private readonly string _normalized;
    private readonly string[]? _legacyKey;

    internal PypiVersion(VersionScheme scheme, string text, string[] legacyKey)
        : base(scheme, text) => (_legacyKey, _normalized, _parts.Release) = (legacyKey, text, []);

    internal PypiVersion(VersionScheme scheme, string text, PypiParts parts)
        : base(scheme, text)
    {
        _parts = parts;
        _significantRelease = parts.Release.Length;
        while (_significantRelease > 1 && parts.Release[_significantRelease - 1].IsZero)
        {
            _significantRelease--;
        }

        _normalized = Normalize();
    }

    /// <summary>
    /// True for a version outside PEP 440, ordered as <c>packaging</c>'s old <c>LegacyVersion</c> did (before every
    /// PEP 440 version); pip stopped accepting these in 2022, but old releases and advisories still carry them.
    /// </summary>
    public bool IsLegacy => _legacyKey is not null;

    public bool IsPrerelease => _parts.PreKind != 0 || _parts.HasDev;

    public bool IsPostRelease => _parts.HasPost;

    /// <summary>The local version label after '+', normalised, or empty.</summary>
    public string Local => _normalized.IndexOf('+') is var plus and >= 0 ? _normalized[(plus + 1)..] : "";

    public override string ToString() => _normalized;

    private protected override int CompareSameScheme(SchemeVersion other)
    {
        var right = (PypiVersion)other;
        if (_legacyKey is not null || right._legacyKey is not null)
        {
            return _legacyKey is null ? 1 : right._legacyKey is null ? -1 : PypiLegacy.Compare(_legacyKey, right._legacyKey);
        }

        var result = NumberSpan.Compare(Text, _parts.Epoch, right.Text, right._parts.Epoch);
        if (result != 0)
        {
            return result;
        }

        var count = Math.Max(_significantRelease, right._significantRelease);
        for (var i = 0; i < count; i++)
        {
            result = NumberSpan.Compare(Text, ReleaseAt(i), right.Text, right.ReleaseAt(i));
            if (result != 0)
            {
                return result;
            }
        }

        result = PreRank().CompareTo(right.PreRank());
        if (result == 0 && _parts.PreKind != 0)
        {
            result = NumberSpan.Compare(Text, _parts.PreNumber, right.Text, right._parts.PreNumber);
        }

        if (result != 0)
        {
            return result;
        }

        // A missing post-release sorts first; a missing dev-release sorts last.
        result = _parts.HasPost.CompareTo(right._parts.HasPost);
        if (result == 0 && _parts.HasPost)
        {
            result = NumberSpan.Compare(Text, _parts.Post, right.Text, right._parts.Post);
        }

        if (result != 0)
        {
            return result;
        }

        result = right._parts.HasDev.CompareTo(_parts.HasDev);
        if (result == 0 && _parts.HasDev)
        {
            result = NumberSpan.Compare(Text, _parts.Dev, right.Text, right._parts.Dev);
        }

        return result != 0 ? result : CompareLocal(right);
    }

    private protected override int EquivalenceHash()
    {
        if (_legacyKey is not null)
        {
            return string.Join('|', _legacyKey).GetHashCode(StringComparison.Ordinal);
        }

        var hash = new HashCode();
        hash.Add(_parts.Epoch.Hash(Text));
        for (var i = 0; i < _significantRelease; i++)
        {
            hash.Add(_parts.Release[i].Hash(Text));
        }

        hash.Add(_parts.PreKind);
        hash.Add(_parts.HasPost);
        hash.Add(_parts.HasDev);
        hash.Add(Local.GetHashCode(StringComparison.Ordinal));
        return hash.ToHashCode();
    }

    private NumberSpan ReleaseAt(int index) => index < _significantRelease ? _parts.Release[index] : NumberSpan.Zero;

    /// <summary>
    /// Where the pre-release puts the version: a bare dev-release sorts below every pre-release (rank 0), pre-releases
    /// a/b/rc rank 1-3, and no pre-release ranks above them all.
    /// </summary>
    private int PreRank() => _parts.PreKind != 0 ? _parts.PreKind : (!_parts.HasPost && _parts.HasDev ? 0 : 4);

    private int CompareLocal(PypiVersion right)
    {
        var left = _parts.Local ?? [];
        var other = right._parts.Local ?? [];
        if (_parts.Local is null || right._parts.Local is null)
        {
            return (_parts.Local is not null).CompareTo(right._parts.Local is not null);
        }

        var count = Math.Min(left.Length, other.Length);
        for (var i = 0; i < count; i++)
        {
            int result;
            if (left[i].IsNumeric && other[i].IsNumeric)
            {
                result = NumberSpan.Compare(Text, left[i].Number, right.Text, other[i].Number);
            }
            else if (left[i].IsNumeric != other[i].IsNumeric)
            {
                result = left[i].IsNumeric ? 1 : -1;
            }
            else
            {
                result = Digits.Sign(Text.AsSpan(left[i].Start, left[i].Length)
                    .CompareTo(right.Text.AsSpan(other[i].Start, other[i].Length), StringComparison.OrdinalIgnoreCase));
            }

            if (result != 0)
            {
                return result;
            }
        }

        return left.Length.CompareTo(other.Length);
    }

    private string Normalize()
    {
        var text = new StringBuilder();
        if (!_parts.Epoch.IsZero)
        {
            AppendNumber(text, _parts.Epoch).Append('!');
        }

        for (var i = 0; i < _parts.Release.Length; i++)
        {
            AppendNumber(i == 0 ? text : text.Append('.'), _parts.Release[i]);
        }

        if (_parts.PreKind != 0)
        {
            AppendNumber(text.Append(_parts.PreKind switch { 1 => "a", 2 => "b", _ => "rc" }), _parts.PreNumber);
        }

        if (_parts.HasPost)
        {
            AppendNumber(text.Append(".post"), _parts.Post);
        }

        if (_parts.HasDev)
        {
            AppendNumber(text.Append(".dev"), _parts.Dev);
        }

        if (_parts.Local is { } local)
        {
            for (var i = 0; i < local.Length; i++)
            {
                text.Append(i == 0 ? '+' : '.');
                if (local[i].IsNumeric)
                {
                    AppendNumber(text, local[i].Number);
                }
                else
                {
                    text.Append(Text.AsSpan(local[i].Start, local[i].Length));
                }
            }
        }

        return text.ToString().ToLowerInvariant();
    }

    private StringBuilder AppendNumber(StringBuilder text, NumberSpan number)
    {
        var digits = Text.AsSpan(number.Start, number.Length).TrimStart('0');
        return digits.IsEmpty ? text.Append('0') : text.Append(digits);
    }
}
