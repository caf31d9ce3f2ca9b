using System.Globalization;
using MedVigil.Testing;

namespace MedVigil.Standards.Tests.Cvss;

/// <summary>
/// One line of a RedHatProductSecurity/cvss test file: a vector and its expected scores. The files write
/// <c>VECTOR - (base, temporal, environmental)</c> (v2/v3, <c>None</c> where the library reports no score),
/// <c>VECTOR - (score,)</c> (v4 simple) or <c>VECTOR - score</c> (v4 threat/security).
/// </summary>
internal sealed record RedHatVectorCase(int Line, string Vector, decimal? Score, decimal? Temporal, decimal? Environmental)
{
    public override string ToString() => $"line {Line}: {Vector}";
}

internal static class RedHatVectorFile
{
    public static IReadOnlyList<RedHatVectorCase> Read(string file) =>
        [.. File.ReadAllLines(SharedData.Path("cvss", "redhat-vectors", file))
            .Select((text, index) => (text, line: index + 1))
            .Where(l => l.text.Length > 0)
            .Select(l => Parse(l.text, l.line))];

    private static RedHatVectorCase Parse(string text, int line)
    {
        var separator = text.LastIndexOf(" - ", StringComparison.Ordinal);
        if (separator < 0)
        {
            throw new FormatException($"line {line} is not 'VECTOR - scores': {text}");
        }

        var scores = text[(separator + 3)..].Trim().Trim('(', ')').Split(',')
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .Select(s => s == "None" ? (decimal?)null : decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture))
            .ToArray();
        return new RedHatVectorCase(line, text[..separator], scores[0], scores.ElementAtOrDefault(1), scores.ElementAtOrDefault(2));
    }
}
