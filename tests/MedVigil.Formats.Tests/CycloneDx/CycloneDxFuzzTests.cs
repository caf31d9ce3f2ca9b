using MedVigil.Formats.CycloneDx;

namespace MedVigil.Formats.Tests.CycloneDx;

/// <summary>A small deterministic fuzz: truncated and mutated BOMs give results, never exceptions.</summary>
public sealed class CycloneDxFuzzTests
{
    public static TheoryData<string> Documents => new(nameof(Some.DeviceVex), nameof(Some.DeviceXml));

    private static string Text(string name) => name == nameof(Some.DeviceVex) ? Some.DeviceVex : Some.DeviceXml;

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryTruncation_IsAnErrorResult(string document)
    {
        var text = Text(document);
        for (var length = 0; length < text.TrimEnd().Length; length += 5)
        {
            var result = Some.Read(text[..length]);

            result.IsValid.ShouldBeFalse($"truncated at {length}");
            result.Errors.ShouldAllBe(e => e.Message.Length > 0);
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void RandomCharacterChanges_NeverThrow(string document)
    {
        var text = Text(document);
        var random = new Random(20261128);
        const string alphabet = "{}[]<>\"':,/&;-0 a\\";
        for (var round = 0; round < 400; round++)
        {
            var chars = text.ToCharArray();
            for (var change = 0; change < 3; change++)
            {
                chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            var result = Some.Read(new string(chars));

            (result.Document is not null || result.Errors.Any()).ShouldBeTrue();
        }
    }
}
