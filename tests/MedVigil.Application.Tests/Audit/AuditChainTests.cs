using MedVigil.Application.Access;
using MedVigil.Application.Audit;
using MedVigil.Application.Common;
using MedVigil.Application.Devices;
using MedVigil.Persistence;
using MedVigil.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MedVigil.Application.Tests.Audit;

/// <summary>
/// The audit chain on real databases. Tests here disable the append-only triggers for a moment to play a
/// tampering DBA, so they share one class and run one after another.
/// </summary>
public sealed class AuditChainTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, ClassData(typeof(BothProviders))]
    public async Task EveryChangeIsChainedWithItsActorAndTheChainVerifies(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var scope = host.NewScope(actor: "ce@example.org");
        var id = (await scope.GetRequiredService<RegisterDevice>().ExecuteAsync(Some.Pump(), Ct)).Value.Id;
        await host.Get<UpdateDevice>().ExecuteAsync(id, Some.Pump() with { Vlan = 130 }, Ct);
        await host.Get<CreateApiKey>().ExecuteAsync(new CreateApiKeyCommand("k", "Viewer"), Ct);

        var events = (await host.Get<ListAuditEvents>().ExecuteAsync(new Paging(), Ct)).Items;
        var verification = await host.Get<VerifyAuditChain>().ExecuteAsync(Ct);

        events.Select(e => e.Action).ShouldBe(["apikey.created", "device.updated", "device.registered", "tenant.created"]);
        events.Select(e => e.Sequence).ShouldBe([4L, 3L, 2L, 1L]);
        events.Single(e => e.Action == "device.registered").Actor.ShouldBe("ce@example.org");
        events.Single(e => e.Action == "device.updated").Summary.ShouldContain("Vlan: 120 → 130");
        verification.IsIntact.ShouldBeTrue();
        verification.EventsChecked.ShouldBe(4);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task TheDatabaseRefusesToUpdateOrDeleteAuditRows(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        var db = host.NewScope().GetRequiredService<MedVigilDbContext>();

        var update = () => db.Database.ExecuteSqlAsync($"""UPDATE "AuditEvents" SET "Summary" = 'nothing happened' WHERE "TenantId" = {host.TenantId}""", Ct);
        var delete = () => db.Database.ExecuteSqlAsync($"""DELETE FROM "AuditEvents" WHERE "TenantId" = {host.TenantId}""", Ct);

        (await Should.ThrowAsync<Exception>(update)).Message.ShouldContain("append-only");
        (await Should.ThrowAsync<Exception>(delete)).Message.ShouldContain("append-only");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task AnEditedRowIsFoundAndNamed(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        for (var i = 1; i <= 4; i++)
        {
            await host.Get<RegisterDevice>().ExecuteAsync(Some.Pump($"INF-{i:D4}"), Ct);
        }

        await TamperAsync(host, kind, $"""UPDATE "AuditEvents" SET "Summary" = 'nothing to see' WHERE "TenantId" = {host.TenantId} AND "Sequence" = 3""");
        var verification = await host.Get<VerifyAuditChain>().ExecuteAsync(Ct);

        verification.IsIntact.ShouldBeFalse();
        verification.FirstBrokenLink!.Sequence.ShouldBe(3);
        verification.FirstBrokenLink.Reason.ShouldContain("altered");
        verification.EventsChecked.ShouldBe(2);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ARemovedRowIsFoundAndNamed(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        for (var i = 1; i <= 3; i++)
        {
            await host.Get<RegisterDevice>().ExecuteAsync(Some.Pump($"INF-{i:D4}"), Ct);
        }

        await TamperAsync(host, kind, $"""DELETE FROM "AuditEvents" WHERE "TenantId" = {host.TenantId} AND "Sequence" = 2""");
        var verification = await host.Get<VerifyAuditChain>().ExecuteAsync(Ct);

        verification.FirstBrokenLink!.Sequence.ShouldBe(2);
        verification.FirstBrokenLink.Reason.ShouldContain("missing");
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ARowRewrittenWithARecomputedHashStillBreaksTheNextLink(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);
        for (var i = 1; i <= 3; i++)
        {
            await host.Get<RegisterDevice>().ExecuteAsync(Some.Pump($"INF-{i:D4}"), Ct);
        }

        // A careful forger fixes the hash of the row they edit; the next row still points at the old hash.
        var forged = new string('a', 64);
        await TamperAsync(host, kind, $"""UPDATE "AuditEvents" SET "Hash" = {forged} WHERE "TenantId" = {host.TenantId} AND "Sequence" = 2""");
        var verification = await host.Get<VerifyAuditChain>().ExecuteAsync(Ct);

        verification.FirstBrokenLink!.Sequence.ShouldBe(2);
    }

    [Theory, ClassData(typeof(BothProviders))]
    public async Task ConcurrentWritersStillBuildOneGaplessChain(DatabaseKind kind)
    {
        await using var host = await TestHost.StartAsync(kind);

        await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            host.NewScope().GetRequiredService<RegisterDevice>().ExecuteAsync(Some.Pump($"INF-{i:D4}"), Ct)));
        var verification = await host.Get<VerifyAuditChain>().ExecuteAsync(Ct);

        verification.IsIntact.ShouldBeTrue();
        verification.EventsChecked.ShouldBe(9);
    }

    private static async Task TamperAsync(TestHost host, DatabaseKind kind, FormattableString sql)
    {
        var db = host.NewScope().GetRequiredService<MedVigilDbContext>();
        if (kind == DatabaseKind.Postgres)
        {
            // A superuser can switch triggers off; the hash chain is what still catches the edit.
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "AuditEvents" DISABLE TRIGGER USER""", Ct);
            try
            {
                await db.Database.ExecuteSqlAsync(sql, Ct);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "AuditEvents" ENABLE TRIGGER USER""", Ct);
            }

            return;
        }

        var triggers = await db.Database.SqlQueryRaw<string>(
            """SELECT sql AS "Value" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'AuditEvents'""").ToListAsync(Ct);
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;", Ct);
        try
        {
            await db.Database.ExecuteSqlAsync(sql, Ct);
        }
        finally
        {
            foreach (var trigger in triggers)
            {
                await db.Database.ExecuteSqlRawAsync(trigger, Ct);
            }
        }
    }
}
