using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MedVigil.Persistence.Sqlite;

/// <summary>The embedded default: one SQLite file in WAL mode, so readers never wait for the writer.</summary>
public sealed class SqliteDatabase(string path) : IDatabaseProvider
{
    public string Name => "sqlite";

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string DisplayName => Path;

    public void Configure(DbContextOptionsBuilder options) =>
        options.UseSqlite(
            new SqliteConnectionStringBuilder { DataSource = Path, Pooling = true, DefaultTimeout = 30 }.ToString(),
            sqlite => sqlite.MigrationsAssembly(typeof(SqliteDatabase).Assembly.GetName().Name));

    public async Task MigrateAsync(MedVigilDbContext db, CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await db.Database.MigrateAsync(cancellationToken);
        // journal_mode is stored in the file: set once, it holds for every later connection.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
