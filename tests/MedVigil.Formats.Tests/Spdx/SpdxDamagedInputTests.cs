using System.Text;
using MedVigil.Formats.Spdx;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests.Spdx;

/// <summary>A small fixed-seed fuzz: the spec example, in both syntaxes, cut and damaged many ways, never makes the reader throw.</summary>
public sealed class SpdxDamagedInputTests
{
    [Theory]
    [InlineData("SPDXJSONExample-v2.3.spdx.json")]
    [InlineData("SPDXTagExample-v2.3.spdx")]
    public void Read_DamagedSpecExample_GivesIssuesNeverExceptions(string file)
    {
        var text = File.ReadAllText(SharedData.Path("spdx", "spec-examples", file));
        var random = new Random(4);
        var invalid = 0;
        for (var round = 0; round < 300; round++)
        {
            var damaged = Damage(text, random);

            var result = SpdxReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(damaged)));

            // No exception is the point; an invalid result must say why.
            if (!result.IsValid)
            {
                invalid++;
                result.Errors.ShouldNotBeEmpty();
            }
        }

        invalid.ShouldBeGreaterThan(100); // the damage does reach the checks
    }

    /// <summary>One of: a cut at a random point, a random character removed, two lines swapped, a line dropped.</summary>
    private static string Damage(string text, Random random)
    {
        var at = random.Next(text.Length);
        var lines = text.Split('\n');
        var (i, j) = (random.Next(lines.Length), random.Next(lines.Length));
        switch (random.Next(4))
        {
            case 0:
                return text[..at];
            case 1:
                return text.Remove(at, 1);
            case 2:
                (lines[i], lines[j]) = (lines[j], lines[i]);
                return string.Join('\n', lines);
            default:
                return string.Join('\n', lines.Where((_, k) => k != i));
        }
    }
}
