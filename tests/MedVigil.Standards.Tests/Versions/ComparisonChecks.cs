using MedVigil.Standards.Versions;

namespace MedVigil.Standards.Tests.Versions;

internal static class ComparisonChecks
{
    /// <summary>Parses both sides and checks the expected sign of <c>left.CompareTo(right)</c> and its reverse.</summary>
    public static void Run(SuiteResult result, VersionScheme scheme, VersionFixtures.Comparison comparison)
    {
        if (!scheme.TryParse(comparison.Left, out var left, out var error) || !scheme.TryParse(comparison.Right, out var right, out error))
        {
            result.Fail(comparison.Line, error!.Message);
            return;
        }

        var forward = Math.Sign(left.CompareTo(right));
        var backward = Math.Sign(right.CompareTo(left));
        result.Check(comparison.Line, forward == comparison.Expected && backward == -comparison.Expected,
            () => $"got {Symbol(forward)} (reverse {Symbol(backward)})");
    }

    public static string Symbol(int sign) => sign switch { < 0 => "<", 0 => "=", _ => ">" };
}
