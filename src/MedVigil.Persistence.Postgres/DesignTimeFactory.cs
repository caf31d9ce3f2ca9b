using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MedVigil.Persistence.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for PostgreSQL; it never connects.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MedVigilDbContext>
{
    public MedVigilDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MedVigilDbContext>();
        new PostgresDatabase("Host=localhost;Database=medvigil_design;Username=medvigil").Configure(options);
        return new MedVigilDbContext(options.Options, new TenantScope(), TimeProvider.System);
    }
}
