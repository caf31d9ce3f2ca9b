namespace MedVigil.Cli;

/// <summary>The exit codes every command uses.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some input was invalid or a check failed.</summary>
    public const int Failed = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;
}
