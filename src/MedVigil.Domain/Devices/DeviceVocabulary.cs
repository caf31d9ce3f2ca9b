using System.Collections.Frozen;

namespace MedVigil.Domain.Devices;

/// <summary>The wire names of the device enums (<c>life-sustaining</c>, <c>hospital-network</c>) and their parsing.</summary>
public static class DeviceVocabulary
{
    private static readonly FrozenDictionary<string, ClinicalFunction> Functions = Build<ClinicalFunction>();
    private static readonly FrozenDictionary<string, Exposure> Exposures = Build<Exposure>();
    private static readonly FrozenDictionary<string, LifecycleStatus> Statuses = Build<LifecycleStatus>();

    public static IReadOnlyCollection<string> ClinicalFunctionNames => Functions.Keys;

    public static IReadOnlyCollection<string> ExposureNames => Exposures.Keys;

    public static IReadOnlyCollection<string> LifecycleStatusNames => Statuses.Keys;

    public static bool TryParse(string? text, out ClinicalFunction value) => Functions.TryGetValue(Key(text), out value);

    public static bool TryParse(string? text, out Exposure value) => Exposures.TryGetValue(Key(text), out value);

    public static bool TryParse(string? text, out LifecycleStatus value) => Statuses.TryGetValue(Key(text), out value);

    /// <summary>PascalCase member to kebab-case wire name: <c>LifeSustaining</c> → <c>life-sustaining</c>.</summary>
    public static string ToWire<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    private static string Key(string? text) => text?.Trim().ToLowerInvariant().Replace('_', '-') ?? string.Empty;

    private static FrozenDictionary<string, TEnum> Build<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().ToFrozenDictionary(ToWire, v => v, StringComparer.Ordinal);
}
