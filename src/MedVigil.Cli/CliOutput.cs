using MedVigil.Domain.Common;

namespace MedVigil.Cli;

/// <summary>How commands report failures: one line for the error, one indented line per field or location.</summary>
internal static class CliOutput
{
    public static int Fail(TextWriter error, Error failure)
    {
        error.WriteLine($"error: {failure.Message}");
        foreach (var field in failure.Fields)
        {
            error.WriteLine($"  {field.Field}: {field.Message}");
        }

        return ExitCodes.Failed;
    }

    public static int Usage(TextWriter error, string message)
    {
        error.WriteLine($"usage error: {message}");
        return ExitCodes.Usage;
    }
}
