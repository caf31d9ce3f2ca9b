using MedVigil.Standards.Cpe;

namespace MedVigil.Standards.Tests.Cpe;

internal static class ParseErrorAssertions
{
    /// <summary>Asserts that <paramref name="text"/> does not parse and that the error names the position, text and reason.</summary>
    public static void ShouldBeRejectedAt(this string text, int position, string offending, string reason)
    {
        CpeName.TryParse(text, out _, out var error).ShouldBeFalse();

        error.ShouldSatisfyAllConditions(
            () => error.Position.ShouldBe(position),
            () => error.Text.ShouldBe(offending),
            () => error.Reason.ShouldContain(reason),
            () => error.Message.ShouldContain($"position {position}"));
    }
}
