using System.Diagnostics.CodeAnalysis;
using MedVigil.Standards.Versions.Vers;

namespace MedVigil.Standards.Versions.Native;

/// <summary>Collects the constraints a native-range reader finds, or the first problem.</summary>
internal sealed class NativeRangeBuilder
{
    private readonly List<VersConstraint> _constraints = [];
    private readonly VersionScheme? _scheme;
    private string? _failure;

    public NativeRangeBuilder(string scheme, string native)
    {
        (Native, Scheme) = (native, scheme);
        if (!VersionSchemes.TryGetVersType(scheme, out _scheme))
        {
            _failure = $"unknown scheme '{scheme}'";
        }
    }

    public string Native { get; }

    public string Scheme { get; }

    public bool Failed => _failure is not null;

    /// <summary>Adds a constraint; the version must parse under the scheme.</summary>
    public void Add(VersComparator comparator, string version)
    {
        if (_failure is not null)
        {
            return;
        }

        if (comparator == VersComparator.Any)
        {
            _constraints.Add(VersConstraint.Any);
            return;
        }

        if (_scheme!.TryParse(version, out var parsed, out var error))
        {
            _constraints.Add(new VersConstraint(comparator, parsed));
        }
        else
        {
            _failure = error.Message;
        }
    }

    public void Fail(string reason) => _failure ??= reason;

    public bool TryBuild([NotNullWhen(true)] out VersRange? range, [NotNullWhen(false)] out VersParseError? error)
    {
        if (_failure is null && _constraints.Count == 0)
        {
            _failure = "the native range has no constraint";
        }

        if (_failure is null && _constraints.Any(c => c.Comparator == VersComparator.Any) && _constraints.Count > 1)
        {
            _failure = "'*' cannot be combined with other constraints";
        }

        range = _failure is null ? VersRange.Create(_scheme!, _constraints) : null;
        error = _failure is null ? null : new VersParseError(Native, 0, _failure);
        return range is not null;
    }

    /// <summary>
    /// univers' <c>split_req</c>: the first native comparator (in table order) the text starts with, then the text with
    /// every leading comparator character stripped (Python's <c>lstrip</c>).
    /// </summary>
    public static (VersComparator? Comparator, string Version) SplitRequirement(string text, IReadOnlyList<(string Native, VersComparator Vers)> comparators, VersComparator? fallback)
    {
        text = string.Concat(text.Where(c => c != ' '));
        foreach (var (native, vers) in comparators)
        {
            if (text.StartsWith(native, StringComparison.Ordinal))
            {
                return (vers, text.TrimStart(native.ToCharArray()));
            }
        }

        return (fallback, text);
    }
}
