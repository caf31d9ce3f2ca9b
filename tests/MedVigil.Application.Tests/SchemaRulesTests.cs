using MedVigil.Domain.Common;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Application.Tests;

public sealed class SchemaRulesTests
{
    [Theory, ClassData(typeof(BothProviders))]
    public async Task TenantIdLeadsEveryKeyAndIndexOfTenantOwnedTables(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var model = host.NewScope().GetRequiredService<MedVigilDbContext>().Model;

        var tenantOwned = model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)).ToList();
        var offenders = tenantOwned
            .SelectMany(e => e.GetKeys().Select(k => (Entity: e.ClrType.Name, What: "key", Columns: k.Properties))
                .Concat(e.GetIndexes().Select(i => (Entity: e.ClrType.Name, What: "index", Columns: i.Properties))))
            .Where(x => x.Columns[0].Name != nameof(ITenantOwned.TenantId))
            .Select(x => $"{x.Entity} {x.What} ({string.Join(", ", x.Columns.Select(c => c.Name))})")
            .ToList();

        tenantOwned.Count.ShouldBeGreaterThanOrEqualTo(9);
        offenders.ShouldBeEmpty();
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheMigrationsMatchTheModel(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var db = host.NewScope().GetRequiredService<MedVigilDbContext>();

        db.Database.HasPendingModelChanges().ShouldBeFalse("run 'dotnet ef migrations add' for this provider");
        (await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
    }
}
