namespace MedVigil.Standards.Versions.Schemes;

/// <summary>
/// The small differences between the semver dialects: SemVer 2.0.0 itself, node-semver (npm), Go modules and Dart pub.
/// </summary>
internal sealed record SemverRules
{
    /// <summary>Accept a leading <c>v</c>/<c>V</c> (node-semver, Go, and common in the wild).</summary>
    public bool AllowLeadingV { get; init; }

    /// <summary>Accept a leading <c>=</c> (node-semver's loose spelling of an exact version).</summary>
    public bool AllowLeadingEquals { get; init; }

    /// <summary>Accept <c>1</c> and <c>1.2</c> as <c>1.0.0</c> and <c>1.2.0</c> (Go's <c>semver</c> package).</summary>
    public bool AllowShorthand { get; init; }

    /// <summary>Accept numbers written with leading zeros (Dart pub); SemVer forbids them.</summary>
    public bool AllowLeadingZeros { get; init; }

    /// <summary>Largest number a component may hold; node-semver rejects anything above 2^53 - 1.</summary>
    public long? MaxNumber { get; init; }

    /// <summary>Build metadata takes part in ordering (Dart pub: <c>1.0.0 &lt; 1.0.0+1</c>); SemVer ignores it.</summary>
    public bool BuildOrders { get; init; }

    public static SemverRules Strict { get; } = new() { AllowLeadingV = true };

    public static SemverRules Npm { get; } = new() { AllowLeadingV = true, AllowLeadingEquals = true, MaxNumber = 9_007_199_254_740_991 };

    public static SemverRules Go { get; } = new() { AllowLeadingV = true, AllowShorthand = true };

    public static SemverRules Pub { get; } = new() { AllowLeadingV = true, AllowLeadingZeros = true, BuildOrders = true };
}
