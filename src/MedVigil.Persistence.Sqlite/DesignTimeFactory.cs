using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MedVigil.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for SQLite.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MedVigilDbContext>
{
    public MedVigilDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MedVigilDbContext>();
        new SqliteDatabase("design-time.db").Configure(options);
        return new MedVigilDbContext(options.Options, new TenantScope(), TimeProvider.System);
    }
}
