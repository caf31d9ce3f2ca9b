using MedVigil.Formats.CycloneDx;
using MedVigil.Testing;

namespace MedVigil.Formats.Tests.CycloneDx;

/// <summary>
/// The official CycloneDX schema-conformance suite (shared/data/cyclonedx/tests/1.4…1.7), read in strict mode with the
/// official schemas: every <c>valid-*</c> file must read without errors and every <c>invalid-*</c> file with at least one.
/// </summary>
public sealed class CycloneDxSchemaSuiteTests(ITestOutputHelper output)
{
    /// <summary>Files whose outcome differs from their name, with the reason. A listed file that starts passing fails the test.</summary>
    private static readonly Dictionary<string, string> KnownFailures = new(StringComparer.Ordinal)
    {
    };

    [Theory]
    [InlineData("1.4", 51)]
    [InlineData("1.5", 58)]
    [InlineData("1.6", 35)]
    [InlineData("1.7", 90)]
    public void EveryFile_HasTheOutcomeItsNameSays(string version, int expectedFiles)
    {
        var schemas = SharedData.Path("cyclonedx", "schema");
        var files = Directory.GetFiles(SharedData.Path("cyclonedx", "tests", version), "*.json").Order(StringComparer.Ordinal).ToArray();
        files.Length.ShouldBe(expectedFiles);

        var passed = 0;
        var unexpected = new List<string>();
        var fixedKnown = new List<string>();
        foreach (var file in files)
        {
            var name = version + "/" + Path.GetFileName(file);
            var result = CycloneDxReader.Read(file, new CycloneDxReadOptions { SchemaFolder = schemas });
            var expectValid = Path.GetFileName(file).StartsWith("valid-", StringComparison.Ordinal);
            var ok = result.IsValid == expectValid;
            if (ok)
            {
                passed++;
            }

            if (KnownFailures.ContainsKey(name))
            {
                if (ok)
                {
                    fixedKnown.Add(name);
                }
            }
            else if (!ok)
            {
                unexpected.Add($"{name}: expected {(expectValid ? "valid" : "invalid")}; {string.Join("; ", result.Errors.Take(3))}");
            }
        }

        output.WriteLine($"CycloneDX {version}: {passed}/{files.Length} files have the expected outcome.");
        unexpected.ShouldBeEmpty();
        fixedKnown.ShouldBeEmpty("listed as known failures but now pass");
    }

    /// <summary>Without schemas, no valid file gets an error (the typed checks are never stricter than the schema).</summary>
    [Theory]
    [InlineData("1.4", 29, 4)]
    [InlineData("1.5", 36, 4)]
    [InlineData("1.6", 22, 2)]
    [InlineData("1.7", 61, 4)]
    public void WithoutSchemas_ValidFilesStayValid_AndTheTypedChecksCatchSomeInvalidOnes(string version, int validFiles, int invalidCaughtByTypedChecks)
    {
        var files = Directory.GetFiles(SharedData.Path("cyclonedx", "tests", version), "*.json");
        var valid = files.Where(f => Path.GetFileName(f).StartsWith("valid-", StringComparison.Ordinal)).ToArray();
        var invalid = files.Except(valid).ToArray();

        var wronglyInvalid = valid.Where(f => !CycloneDxReader.Read(f).IsValid).Select(Path.GetFileName).ToArray();
        var caught = invalid.Count(f => !CycloneDxReader.Read(f).IsValid);

        output.WriteLine($"CycloneDX {version} without schemas: {valid.Length - wronglyInvalid.Length}/{valid.Length} valid files valid; typed checks alone reject {caught}/{invalid.Length} invalid files.");
        wronglyInvalid.ShouldBeEmpty();
        valid.Length.ShouldBe(validFiles);
        caught.ShouldBe(invalidCaughtByTypedChecks);
    }
}
