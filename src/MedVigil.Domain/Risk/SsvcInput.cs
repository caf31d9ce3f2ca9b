namespace MedVigil.Domain.Risk;

/// <summary>
/// One SSVC input of a finding on a device: its value and, in words, where it came from. An analyst's value replaces
/// the derived one (<see cref="OverriddenBy"/>) and says so; the derived reason is kept beside it.
/// </summary>
public sealed record SsvcInput<T>(T Value, string Source)
    where T : struct, Enum
{
    /// <summary>Whether <see cref="Value"/> is a person's rather than derived from facts.</summary>
    public bool IsOverride { get; private init; }

    /// <summary>The value <paramref name="by"/> chose, with the derived value and its reason kept in <see cref="Source"/>.</summary>
    public SsvcInput<T> OverriddenBy(T value, string by) =>
        new(value, $"set by {by} (derived: {Value} because {Source})") { IsOverride = true };
}
