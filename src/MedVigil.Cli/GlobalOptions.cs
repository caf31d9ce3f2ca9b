using System.CommandLine;

namespace MedVigil.Cli;

/// <summary>Options every command understands: where the data is and which tenant to act for; and the terminal, if any.</summary>
public sealed class GlobalOptions
{
    public const string DefaultTenant = "default";

    public Option<string?> Db { get; } = new("--db")
    {
        Description = "SQLite database file (default ./medvigil.db)",
        Recursive = true,
    };

    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = "PostgreSQL connection string (or ConnectionStrings__Postgres in the environment)",
        Recursive = true,
    };

    public Option<string?> Tenant { get; } = new("--tenant")
    {
        Description = "Tenant slug (default: 'default', created on first use)",
        Recursive = true,
    };

    public IEnumerable<Option> All => [Db, Postgres, Tenant];

    /// <summary>Progress bars for long runs: drawn only when the run writes to a terminal.</summary>
    internal CliProgress Progress { get; init; } = CliProgress.None;
}
