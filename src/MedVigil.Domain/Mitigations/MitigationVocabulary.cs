using System.Collections.Frozen;
using MedVigil.Domain.Devices;

namespace MedVigil.Domain.Mitigations;

/// <summary>The wire names of the mitigation enums (<c>disable-service</c>, <c>scheduled</c>) and their parsing.</summary>
public static class MitigationVocabulary
{
    private static readonly FrozenDictionary<string, MitigationKind> Kinds = Enum.GetValues<MitigationKind>()
        .Select(k => KeyValuePair.Create(DeviceVocabulary.ToWire(k), k))
        // The words people use for the same kinds.
        .Concat([
            KeyValuePair.Create("patch", MitigationKind.Update), KeyValuePair.Create("acl", MitigationKind.Segmentation),
            KeyValuePair.Create("disable-port", MitigationKind.DisableService), KeyValuePair.Create("monitoring", MitigationKind.EnhancedMonitoring),
            KeyValuePair.Create("replace", MitigationKind.Retire),
        ])
        .ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The canonical kind names (aliases such as <c>patch</c> are accepted but not listed).</summary>
    public static IReadOnlyList<string> KindNames { get; } = Enum.GetValues<MitigationKind>().Select(DeviceVocabulary.ToWire).ToArray();

    public static bool TryParse(string? text, out MitigationKind kind) =>
        Kinds.TryGetValue(text?.Trim().ToLowerInvariant().Replace('_', '-') ?? string.Empty, out kind);

    public static string Name(MitigationKind kind) => DeviceVocabulary.ToWire(kind);

    public static string Name(MitigationState state) => DeviceVocabulary.ToWire(state);
}
