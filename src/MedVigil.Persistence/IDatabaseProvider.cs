using Microsoft.EntityFrameworkCore;

namespace MedVigil.Persistence;

/// <summary>
/// One storage engine behind the one model (ADR 0004). Implementations MUST keep their own migrations and MUST
/// leave the database fully migrated after <see cref="MigrateAsync"/>.
/// </summary>
public interface IDatabaseProvider
{
    /// <summary>"sqlite" or "postgres".</summary>
    string Name { get; }

    /// <summary>Where the data lives, with any password removed, for logs and messages.</summary>
    string DisplayName { get; }

    void Configure(DbContextOptionsBuilder options);

    Task MigrateAsync(MedVigilDbContext db, CancellationToken cancellationToken);
}
